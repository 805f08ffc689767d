using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Workflow.Web.Accounts;

namespace Workflow.Web.Security;

/// <summary>
/// Authentication and authorization, declared once: a policy scheme that picks the sign-in cookie (or, when the
/// testing switch is on, the <c>X-User</c> headers of an <c>/api</c> request), the cookie's checks on every request,
/// and the <see cref="AccessPolicies"/>. Pages take <see cref="AccessPolicies.SignedIn"/> by folder; the admin pages
/// and the route groups in <c>Program.cs</c> name theirs.
/// </summary>
public static class SecurityServiceCollectionExtensions
{
    public const string CookieName = "wf.auth";

    private const string Scheme = "workflow";

    private static readonly HashSet<string> OwnPolicyPages = ["/SignIn", "/Setup", "/Error", "/Account/Password", "/SignOut"];

    public static IServiceCollection AddWorkflowSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var headers = HeaderIdentity.IsEnabled(configuration);
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "登录 Cookie", o => o.ForwardDefaultSelector = context =>
                headers && HeaderIdentity.Applies(context) ? HeaderIdentity.Scheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(ConfigureCookie);
        if (headers)
        {
            authentication.AddHeaderIdentity();
        }
        authentication.AddScheme<AuthenticationSchemeOptions, IntegrationKeyHandler>(IntegrationKeyHandler.SchemeName, "接口密钥", null);
        services.AddOptions<IntegrationClientOptions>().BindConfiguration(IntegrationClientOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IntegrationClientOptions>, IntegrationClientOptionsValidator>();

        services.AddHttpContextAccessor();
        services.AddSingleton<IAuthorizationHandler, CallerRequirementHandler>();
        services.AddSingleton<IAuthorizationHandler, OperationsRequirement>();
        services.AddSingleton<IAuthorizationHandler, InboundKindRequirement>();
        // Signed in is also the default (pages by folder) and the fallback (anything that forgot to declare).
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new CallerRequirement(Administrator: false)).Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.SignedIn, signedIn)
            .AddPolicy(AccessPolicies.Administrator, p => p.RequireAuthenticatedUser().AddRequirements(new CallerRequirement(Administrator: true)))
            .AddPolicy(AccessPolicies.PasswordChange, p => p.RequireAuthenticatedUser())
            .AddPolicy(AccessPolicies.Operations, p => p.AddRequirements(new OperationsRequirement()))
            .AddPolicy(AccessPolicies.Integration, p => p.AddAuthenticationSchemes(IntegrationKeyHandler.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(IntegrationKeyHandler.ClientClaim).AddRequirements(new InboundKindRequirement()))
            .SetDefaultPolicy(signedIn)
            .SetFallbackPolicy(signedIn);

        services.Configure<RazorPagesOptions>(o =>
        {
            // Every page is for signed-in people, but for the few that declare their own policy here.
            o.Conventions.AddFolderApplicationModelConvention("/", model =>
            {
                if (!OwnPolicyPages.Contains(model.ViewEnginePath))
                {
                    model.EndpointMetadata.Add(new AuthorizeAttribute(AccessPolicies.SignedIn));
                }
            });
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Setup");
            o.Conventions.AllowAnonymousToPage("/Error");
            // Someone who must change a temporary password may do that, or sign out, and nothing else.
            o.Conventions.AuthorizePage("/Account/Password", AccessPolicies.PasswordChange);
            o.Conventions.AuthorizePage("/SignOut", AccessPolicies.PasswordChange);
        });
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        // Secure whenever the request is HTTPS (behind a proxy: once UseForwardedHeaders has set the scheme).
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/signin";
        o.LogoutPath = "/signout";
        o.AccessDeniedPath = "/error/403";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        // A script calling the API gets a status, not the sign-in page's HTML.
        o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context =>
        {
            if (context.HttpContext.User.HasClaim(c => c.Type == AccountClaims.MustChangePassword) && !IsApi(context.Request))
            {
                context.Response.Redirect("/account/password");
                return Task.CompletedTask;
            }
            return Answer(context, StatusCodes.Status403Forbidden);
        };
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/metrics");
}
