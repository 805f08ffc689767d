using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflow.Engine.Persistence;

namespace Workflow.Web.Accounts;

/// <summary>
/// Local accounts and the sign-in cookie. Every page needs a signed-in user except sign-in and the error page; the
/// API keeps its own rules (headers, or the cookie through <see cref="CurrentActor"/>).
/// </summary>
public static class AccountsServiceCollectionExtensions
{
    public const string CookieName = "wf.auth";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.TryAddSingleton<IAccountStore>(sp => new DapperAccountStore(sp.GetRequiredService<WorkflowDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<AccountService>();
        services.AddHostedService<DemoAccountSeeder>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/error/403";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A script calling the API gets a status, not the sign-in page's HTML.
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization();
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        return services;
    }

    /// <summary>
    /// Error pages for people, then the sign-in cookie and the page rules. A page request (HTML accepted, outside the
    /// API and the operations endpoints) that ends in an empty 4xx/5xx, such as a missing anti-forgery token or a
    /// case outside the user's area, is answered by the Chinese error page with the same status.
    /// </summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app)
    {
        // Not inside UseWhen: a re-execution from a branch finds no route. Other requests switch this layer off, so
        // the host's own status-code handler answers them with ProblemDetails as before.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static bool IsPageRequest(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics"))
        {
            return false;
        }
        return context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
