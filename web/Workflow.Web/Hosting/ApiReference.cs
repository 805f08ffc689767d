using Scalar.AspNetCore;

namespace Workflow.Web.Hosting;

/// <summary>
/// The browsable API at <c>/api-docs</c>: Scalar's reference over the OpenAPI document (<see cref="OpenApiDocument"/>),
/// with its script and styles served from the package (no CDN, no web fonts, no telemetry, no AI agent, no developer
/// toolbar linking out). For signed-in people only (<c>AccessPolicies.SignedIn</c>): the document itself stays public, as integration clients read it.
/// </summary>
/// <remarks>
/// Scalar's page starts itself with one inline module script and its components set inline styles, which the site's CSP
/// forbids. Those pages alone get <see cref="ContentSecurityPolicyFor"/>: the inline script only with this response's
/// nonce (a fresh one each request, <c>WithNonce()</c>), inline styles allowed, and every fetch to this host.
/// </remarks>
public static class ApiReference
{
    public const string Path = "/api-docs";

    /// <summary>
    /// The package's own script and icon, which Scalar maps for anyone, as the site's own <c>wwwroot</c> files are: code,
    /// no data. The page that uses them, and so the document's contents, is for signed-in people.
    /// </summary>
    public static IReadOnlyList<string> AnonymousAssets { get; } = ["api-docs/scalar.js", "api-docs/scalar.aspnetcore.js", "api-docs/favicon.svg"];

    public static IEndpointConventionBuilder MapApiReference(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(Path, o => o
            .WithTitle("民政社会救助审批工作流 API")
            .WithOpenApiRoutePattern(OpenApiDocument.Path)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithNonce());

    /// <summary>The CSP of a response of the reference's pages, or null for the site's own.</summary>
    public static string? ContentSecurityPolicyFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments(Path, StringComparison.Ordinal)
            || context.Items[ScalarOptions.NonceHttpContextItemKey] is not string nonce)
        {
            return null;
        }
        return $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}
