using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Hosting;

/// <summary>
/// Binds <c>Workflow:DefaultUrls</c> (http://127.0.0.1:5080) only when no address was chosen. A plain <c>Urls</c> key in
/// appsettings.json would silently beat <c>ASPNETCORE_URLS</c>, because app settings load after the prefixed host
/// variables; this way <c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> and Kestrel endpoints all win.
/// </summary>
public static class DefaultUrls
{
    public static WebApplicationBuilder UseWorkflowDefaultUrls(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var chosen = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!chosen && configuration[$"{WorkflowHostOptions.Section}:DefaultUrls"] is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }
        return builder;
    }
}
