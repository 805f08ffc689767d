using Microsoft.AspNetCore.Authentication;

namespace Workflow.Web.Security;

/// <summary>
/// The test suites' identity: <c>X-User</c> and friends (<see cref="ActorHeaders"/>) on <c>/api</c> and <c>/metrics</c> requests. The
/// scheme is registered only when <see cref="Setting"/> is on, and <see cref="LoopbackOnly"/> refuses to start a host
/// that has it on and listens beyond this machine. Pages never take it.
/// </summary>
public static class HeaderIdentity
{
    public const string Setting = "Workflow:Testing:HeaderIdentity";

    public const string Scheme = "test-headers";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    /// <summary>
    /// Whether this request names its caller by headers (the scheme selector asks): an API or metrics request that
    /// comes from this machine itself and was not forwarded by a proxy, so that even a local reverse proxy in front of
    /// a misconfigured host cannot pass a stranger's <c>X-User</c> through. The test server has no remote address.
    /// </summary>
    public static bool Applies(HttpContext context) =>
        (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || context.Request.Path.StartsWithSegments("/metrics", StringComparison.Ordinal))
        && context.Request.Headers.ContainsKey(ActorHeaders.User)
        && LocalRequest.Is(context, unknownIsLocal: true);

    public static AuthenticationBuilder AddHeaderIdentity(this AuthenticationBuilder builder) =>
        builder.AddScheme<AuthenticationSchemeOptions, HeaderIdentityHandler>(Scheme, "测试请求头身份", null);
}
