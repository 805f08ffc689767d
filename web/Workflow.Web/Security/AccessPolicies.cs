namespace Workflow.Web.Security;

/// <summary>
/// The authorization policies every endpoint and page declares. <see cref="SignedIn"/> is also the default and the
/// fallback, so an endpoint that forgets to declare one is still closed; the endpoint-table test makes forgetting fail.
/// </summary>
public static class AccessPolicies
{
    /// <summary>A signed-in person the organisation knows as active (or, in an unconfigured deployment, any account).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>A signed-in person holding the post 系统管理员.</summary>
    public const string Administrator = "administrator";

    /// <summary>Signed in, even before the first password change: only the password page takes it.</summary>
    public const string PasswordChange = "password-change";

    /// <summary>The Prometheus scrape: a request from this machine (a local scraper or the proxy's own check) or an administrator.</summary>
    public const string Operations = "operations";

    /// <summary>
    /// An outside system posting to an HTTP twin (<c>/api/inbound/...</c>): a configured integration client's key
    /// (<c>Authorization: Bearer</c>), allowed the endpoint's message kind. No person's cookie counts here.
    /// </summary>
    public const string Integration = "integration";

    /// <summary>
    /// The anonymous routes, all of them: sign-in, first-start setup, the error page, health, the OpenAPI document, and
    /// the API reference's packaged script (<see cref="Hosting.ApiReference.AnonymousAssets"/>).
    /// </summary>
    public static IReadOnlyList<string> AnonymousRoutes { get; } =
        ["signin", "setup", "error/{code:int}", "health/live", "health/ready", "openapi/{documentName}.json", .. Hosting.ApiReference.AnonymousAssets];
}
