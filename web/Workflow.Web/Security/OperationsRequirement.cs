using Microsoft.AspNetCore.Authorization;
using Workflow.Casework.Application;
using Workflow.Web.Casework;

namespace Workflow.Web.Security;

/// <summary>A scrape from this machine, or an administrator's request.</summary>
public sealed class OperationsRequirement : AuthorizationHandler<OperationsRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationsRequirement requirement)
    {
        if (context.Resource is HttpContext http
            && (LocalRequest.Is(http, unknownIsLocal: false)
                || http.RequestServices.GetRequiredService<CallerResolver>().Resolve(http) is { IsAdministrator: true }))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
