using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application.Cover;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// Leave cover (代理, issue 12) of the caller: <c>GET /api/deputies</c> (what they arranged, whom they cover, whom they may
/// name), <c>POST /api/deputies</c> <c>{"deputyId","from","to"}</c> (China dates) and <c>POST /api/deputies/{deputyId}/clear</c>.
/// Each set and clear is audited; a refusal is a 400 whose reason is in Chinese.
/// </summary>
public static class DeputiesApi
{
    public sealed record DeputyRequest(string? DeputyId, DateOnly? From, DateOnly? To);

    public static RouteGroupBuilder MapDeputiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/deputies");
        api.MapGet("/", ListAsync);
        api.MapPost("/", SetAsync);
        api.MapPost("/{deputyId}/clear", ClearAsync);
        return api;
    }

    public static async Task<Results<Ok<DeputyOverview>, ProblemHttpResult>> ListAsync(HttpContext http, CallerResolver callers, DeputyService deputies,
        CancellationToken cancellationToken) =>
        callers.Resolve(http) is not { } caller
            ? CallerEndpoint.Unauthenticated()
            : TypedResults.Ok(await deputies.OverviewAsync(caller, cancellationToken).ConfigureAwait(false));

    public static async Task<Results<Ok<DeputyView>, ProblemHttpResult>> SetAsync(DeputyRequest request, HttpContext http, CallerResolver callers,
        DeputyService deputies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var (set, refusal) = await deputies.SetAsync(caller, request.DeputyId, request.From, request.To, cancellationToken).ConfigureAwait(false);
        return set is not null ? TypedResults.Ok(set) : Rejection.Invalid(refusal!, "deputy").ToProblem();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ClearAsync(string deputyId, HttpContext http, CallerResolver callers, DeputyService deputies,
        CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        return await deputies.ClearAsync(caller, deputyId, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : CallerEndpoint.NotFound("deputy", deputyId);
    }
}
