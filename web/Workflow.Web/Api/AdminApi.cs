using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Api;

/// <summary>
/// Administration: the audit-chain check (the same walk as <c>wf verify-audit</c>) and the parked poison work (dead
/// letters) with its retry. Mapped into the administrators' group.
/// </summary>
public static class AdminApi
{
    public const string AdministratorPost = Workflow.Casework.StandardPosts.Administrator;

    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin");
        api.MapGet("/audit", VerifyAuditAsync);
        api.MapGet("/dead-letters", async (IDeadLetterStore letters, CancellationToken t) => TypedResults.Ok(await letters.ListAsync(500, t).ConfigureAwait(false)));
        api.MapPost("/dead-letters/{id}/retry", RetryAsync);
        return api;
    }

    /// <summary>
    /// <c>POST /api/admin/dead-letters/{id}/retry</c>: puts parked work back (the timer claimable now, the message unsent).
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(string id, IDeadLetterStore letters, CancellationToken cancellationToken) =>
        await letters.RetryAsync(id, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : Rejection.NotFound($"Expected a parked item '{id}' to retry, but there is none.").ToProblem();

    /// <summary>
    /// <c>GET /api/admin/audit[?instanceId=]</c>: how many cases and events were checked and the first broken link, if any
    /// (<c>firstBreak</c>: case, event number, reason, expected and stored values). 200 either way; the body says which.
    /// </summary>
    public static async Task<Results<Ok<AuditReport>, ProblemHttpResult>> VerifyAuditAsync(
        string? instanceId, HttpContext http, Workflow.Web.Casework.CallerResolver callers, AuditVerifier verifier, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return RejectionProblemDetails.Unauthenticated();
        }
        if (!caller.IsAdministrator)
        {
            return Rejection.Forbidden($"Expected '{caller.Id}' to hold the post {AdministratorPost}, but they do not.").ToProblem();
        }
        var id = string.IsNullOrWhiteSpace(instanceId) ? null : instanceId.Trim();
        return TypedResults.Ok(await verifier.VerifyAsync(id, cancellationToken).ConfigureAwait(false));
    }
}
