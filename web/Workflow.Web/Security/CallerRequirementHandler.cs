using Microsoft.AspNetCore.Authorization;
using Workflow.Casework.Application;
using Workflow.Web.Accounts;
using Workflow.Web.Casework;

namespace Workflow.Web.Security;

/// <summary>Decides <see cref="CallerRequirement"/> from the organisation, once per request (the resolver caches the caller).</summary>
internal sealed class CallerRequirementHandler(CallerResolver callers, IHttpContextAccessor http) : AuthorizationHandler<CallerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CallerRequirement requirement)
    {
        if (context.User.HasClaim(c => c.Type == AccountClaims.MustChangePassword))
        {
            return Task.CompletedTask;
        }
        var caller = (context.Resource as HttpContext ?? http.HttpContext) is { } request ? callers.Resolve(request) : callers.Resolve(context.User);
        if (caller is not null && (!requirement.Administrator || caller.IsAdministrator))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
