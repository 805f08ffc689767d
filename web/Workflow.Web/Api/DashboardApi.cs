using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application.Dashboard;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// <c>GET /api/dashboard?limit=50</c>: the figures of the 统计看板 page as JSON (codes, not names), over every case in the
/// caller's scope. Mapped on the administrators' group, as the page is.
/// </summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder app) => app.MapGet("/api/dashboard", ReadAsync);

    public static async Task<Results<Ok<DashboardView>, ProblemHttpResult>> ReadAsync(
        int? limit, HttpContext http, CallerResolver callers, DashboardService dashboard, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (limit is < 1 or > 500)
        {
            return Rejection.Invalid($"Expected a limit from 1 to 500, but got {limit}.", "limit").ToProblem();
        }
        return TypedResults.Ok(await dashboard.ReadAsync(caller, limit ?? 50, cancellationToken).ConfigureAwait(false));
    }
}
