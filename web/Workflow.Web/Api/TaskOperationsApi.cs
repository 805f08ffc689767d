using Workflow.Engine.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Operations;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Queries;

namespace Workflow.Web.Api;

/// <summary>
/// Approval operations beyond deciding (issue 4): claim and release, 转办, 委派, 加签/减签, 补正, 撤回, 催办, 抄送,
/// 督办, 民主评议, 公示异议, ending a case (撤销 / 终止), and keeping its clocks (暂停/恢复计时, 延期). Each is one engine command, so each is an event with its
/// actor in the case's audit trail, and each refusal is the engine's own rejection as ProblemDetails.
/// </summary>
public static class TaskOperationsApi
{
    public static void MapTaskOperationsApi(this IEndpointRouteBuilder app)
    {
        var task = app.MapGroup("/api/tasks/{instanceId}/{taskId}");
        task.MapPost("/claim", (string instanceId, string taskId, OperationRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new ClaimTask(instanceId, taskId, caller.Actor), r.RequestKey, c));
        task.MapPost("/release", (string instanceId, string taskId, OperationRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new ReleaseTask(instanceId, taskId, caller.Actor), r.RequestKey, c));
        task.MapPost("/transfer", (string instanceId, string taskId, HandOverRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new TransferTask(instanceId, taskId, caller.Actor, r.ToUserId ?? "", r.Reason ?? ""), r.RequestKey, c));
        task.MapPost("/assign", (string instanceId, string taskId, HandOverRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => OperationCommands.Assign(caller, instanceId, taskId, r.ToUserId ?? "", r.Reason ?? ""), r.RequestKey, c));
        // 加签/减签 change who decides a multi-signer step: the supervisor's or the district's call, never a peer signer's.
        task.MapPost("/signers", (string instanceId, string taskId, SignerRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => OperationCommands.AddSigner(caller, instanceId, taskId, r.UserId ?? "", r.Reason), r.RequestKey, c));
        task.MapPost("/signers/remove", (string instanceId, string taskId, SignerRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => OperationCommands.RemoveSigner(caller, instanceId, taskId, r.UserId ?? "", r.Reason), r.RequestKey, c));
        task.MapPost("/delegate", (string instanceId, string taskId, HandOverRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new DelegateTask(instanceId, taskId, caller.Actor, r.ToUserId ?? "", r.Reason ?? ""), r.RequestKey, c));
        task.MapPost("/supplement-request", (string instanceId, string taskId, SupplementRequestBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new RequestSupplement(instanceId, taskId, caller.Actor, r.Missing ?? [], r.AutoCloseDays ?? 60), r.RequestKey, c));
        task.MapPost("/supplement", (string instanceId, string taskId, SupplyBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new SupplySupplement(instanceId, taskId, WindowOrSelf(caller), r.Supplied ?? []), r.RequestKey, c));
        task.MapPost("/withdraw", (string instanceId, string taskId, OperationRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new WithdrawTask(instanceId, taskId, caller.Actor), r.RequestKey, c));
        task.MapPost("/urge", (string instanceId, string taskId, MessageBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new UrgeTask(instanceId, taskId, caller.Actor, r.Message ?? ""), r.RequestKey, c));
        task.MapPost("/cc", (string instanceId, string taskId, CopyBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new CopyTask(instanceId, taskId, caller.Actor, r.UserIds ?? [], r.Note), r.RequestKey, c));
        task.MapPost("/supervise", (string instanceId, string taskId, ReasonBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new SuperviseTask(instanceId, taskId, caller.Actor, r.Reason ?? ""), r.RequestKey, c));
        task.MapPost("/deliberation", (string instanceId, string taskId, DeliberationBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new RecordDeliberation(instanceId, taskId, caller.Actor, r.Attendees ?? [], r.VotesFor, r.VotesAgainst,
                r.Abstentions, r.Minutes ?? ""), r.RequestKey, c));

        var instance = app.MapGroup("/api/instances/{instanceId}");
        instance.MapPost("/cancel", (string instanceId, CancelBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            r.Kind?.ToLowerInvariant() switch
            {
                "withdrawn" => RunAsync(h, d, instanceId, caller => OperationCommands.EndCase(caller, instanceId, CaseEndKind.Withdrawn, r.Reason ?? ""), r.RequestKey, c),
                "terminated" => RunAsync(h, d, instanceId, caller => OperationCommands.EndCase(caller, instanceId, CaseEndKind.Terminated, r.Reason ?? ""), r.RequestKey, c),
                _ => Task.FromResult<Results<Ok<InstanceView>, ProblemHttpResult>>(
                    Rejection.Invalid($"Expected kind 'withdrawn' (撤销) or 'terminated' (终止), but got '{r.Kind}'.", "kind").ToProblem()),
            });
        // 暂停/恢复计时 and 延期 of the case clock ("case") or a step's (its task id): the engine names who may keep a clock.
        instance.MapPost("/clocks/{clockId}/pause", (string instanceId, string clockId, PauseBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new PauseClock(instanceId, clockId, r.Reason ?? "", caller.Actor), r.RequestKey, c));
        instance.MapPost("/clocks/{clockId}/resume", (string instanceId, string clockId, OperationRequest r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new ResumeClock(instanceId, clockId, caller.Actor), r.RequestKey, c));
        instance.MapPost("/clocks/{clockId}/extend", (string instanceId, string clockId, ExtendBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => new ExtendDeadline(instanceId, clockId, r.Days, caller.Actor, r.Reason ?? ""), r.RequestKey, c));
        instance.MapPost("/objections", (string instanceId, ObjectionBody r, HttpContext h, [AsParameters] Deps d, CancellationToken c) =>
            RunAsync(h, d, instanceId, caller => OperationCommands.Objection(caller, instanceId, r.BookmarkId ?? "", r.Text ?? ""), r.RequestKey, c));
    }

    /// <summary>The window receives supplied material whoever asked for it; it records it under the clerk's own id.</summary>
    private static Actor WindowOrSelf(Caller caller) => caller.IsAtWindow ? caller.WithHostAuthority : caller.Actor;

    /// <summary>The services every operation needs, bound in one parameter.</summary>
    public sealed record Deps(CallerResolver Callers, CaseAccess Access, WorkflowExecutor Commands, WorkflowQueries Queries);

    private static Task<Results<Ok<InstanceView>, ProblemHttpResult>> RunAsync(
        HttpContext http, Deps deps, string instanceId, Func<Caller, WorkflowCommand> build, string? requestKey, CancellationToken cancellationToken) =>
        RunAsync(http, deps, instanceId, caller => (build(caller), null), requestKey, cancellationToken);

    /// <summary>An operation the host grants first (<see cref="OperationGrants"/>): a refused grant is the engine's kind of refusal.</summary>
    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> RunAsync(
        HttpContext http, Deps deps, string instanceId, Func<Caller, (WorkflowCommand? Command, Rejection? Refusal)> build, string? requestKey,
        CancellationToken cancellationToken)
    {
        if (deps.Callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (await deps.Access.VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            return CallerEndpoint.NotFound("case", instanceId);
        }
        var (built, refusal) = build(caller);
        if (built is null)
        {
            return refusal!.ToProblem();
        }
        var command = built with { RequestKey = requestKey };
        var result = await deps.Commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (result.Rejection is { } rejection)
        {
            return rejection.ToProblem();
        }
        // The state the executor committed, as the caller now sees it; one who handed it on beyond their sight gets its facts.
        var view = InstanceView.From(result.Instance!);
        return TypedResults.Ok(CaseAccess.For(caller, view) ?? view.FactsOnly());
    }
}
