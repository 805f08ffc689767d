using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Accounts;

/// <summary>
/// Local accounts: the store, the password checks, the demo accounts and the first administrator's setup. The sign-in
/// cookie and the policies are <see cref="Security.SecurityServiceCollectionExtensions"/>.
/// </summary>
public static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.TryAddSingleton<IAccountStore>(sp => new DapperAccountStore(sp.GetRequiredService<WorkflowDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<AccountService>();
        services.TryAddSingleton<SetupToken>();
        services.AddHostedService<DemoAccountSeeder>();
        services.AddHostedService<FirstAdministratorSetup>();
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
