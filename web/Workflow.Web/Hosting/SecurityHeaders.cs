namespace Workflow.Web.Hosting;

/// <summary>
/// Headers for every response. They are added when the response starts, so error responses written after the
/// exception handler has cleared the response carry them too. The CSP allows no inline script or style; the API
/// reference's pages alone have their own (<see cref="ApiReference"/>).
/// </summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // A response that set its own, stricter policy keeps it (an attachment: AttachmentResponse); the API reference
            // has its own (ApiReference).
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ApiReference.ContentSecurityPolicyFor(context) ?? ContentSecurityPolicy;
            }
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
