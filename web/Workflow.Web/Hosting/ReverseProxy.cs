using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Workflow.Web.Hosting;

/// <summary>
/// Running behind a reverse proxy (docs/deployment.md): <c>Workflow:Proxy:KnownProxies</c> lists the proxies whose
/// <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> the host believes, so the client's address and HTTPS are seen
/// (the sign-in cookie is then <c>Secure</c>); HSTS is sent on HTTPS responses outside Development.
/// </summary>
public static class ReverseProxy
{
    public const string KnownProxiesSetting = "Workflow:Proxy:KnownProxies";

    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(KnownProxiesSetting).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return services;
    }

    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        if ((app.Configuration.GetSection(KnownProxiesSetting).Get<string[]>() ?? []).Length > 0)
        {
            app.UseForwardedHeaders();
        }
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        return app;
    }
}
