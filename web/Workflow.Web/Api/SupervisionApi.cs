using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary><c>GET /api/supervision?withinDays=3</c>: overdue and soon-due steps in the caller's scope.</summary>
public static class SupervisionApi
{
    public static void MapSupervisionApi(this IEndpointRouteBuilder app) => app.MapGet("/api/supervision", ListAsync);

    public static async Task<Results<Ok<SupervisionView>, ProblemHttpResult>> ListAsync(
        int? withinDays, int? limit, HttpContext http, CallerResolver callers, SupervisionService service, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (withinDays is < 0 or > 60)
        {
            return Rejection.Invalid($"Expected withinDays from 0 to 60, but got {withinDays}.", "withinDays").ToProblem();
        }
        if (limit is < 1 or > 1000)
        {
            return Rejection.Invalid($"Expected a limit from 1 to 1000, but got {limit}.", "limit").ToProblem();
        }
        return TypedResults.Ok(await service.ListAsync(caller, withinDays ?? 3, limit ?? 200, cancellationToken).ConfigureAwait(false));
    }
}
