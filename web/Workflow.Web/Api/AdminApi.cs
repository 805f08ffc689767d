using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Api;

/// <summary>Administration: the audit-chain check (the same walk as <c>wf verify-audit</c>). Needs the post 系统管理员.</summary>
public static class AdminApi
{
    public const string AdministratorPost = Workflow.Casework.StandardPosts.Administrator;

    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin");
        api.MapGet("/audit", VerifyAuditAsync);
        return api;
    }

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
