using Workflow.Engine.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Queries;

namespace Workflow.Web.Api;

/// <summary>
/// Browsing tasks and the two ways to close one: an officer's decision and a department's reply. The caller comes from
/// the <see cref="Security.ActorHeaders"/>; both commands answer with the case as it stands afterwards. Officers' inboxes are
/// <see cref="InboxApi"/>.
/// </summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tasks");
        api.MapGet("/", ListAsync);
        api.MapPost("/{instanceId}/{taskId}/decision", DecideAsync);
        api.MapPost("/{instanceId}/{taskId}/reply", ReplyAsync);
        return api;
    }

    /// <summary>The most rows one page of <c>GET /api/tasks</c> returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// <c>GET /api/tasks?post=民政办&amp;division=500113000000&amp;department=&amp;status=open|closed|all&amp;offset=0&amp;limit=200</c>:
    /// a page of the tasks of the cases the caller may see (the access policy is part of the query), oldest first;
    /// <c>division</c> matches its subtree. <c>limit</c> defaults to <c>Workflow:BrowseLimit</c>.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<TaskView>>, ProblemHttpResult>> ListAsync(
        string? post, string? division, string? department, string? status, int? offset, int? limit, HttpContext http, CallerResolver callers,
        WorkflowQueries queries, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return RejectionProblemDetails.Unauthenticated();
        }
        bool? open;
        switch (Blank(status)?.ToLowerInvariant())
        {
            case null or "open":
                open = true;
                break;
            case "closed":
                open = false;
                break;
            case "all":
                open = null;
                break;
            default:
                return Rejection.Invalid($"Expected a status of open, closed or all, but got '{status}'.", "status").ToProblem();
        }
        if (offset is < 0)
        {
            return Rejection.Invalid($"Expected an offset of 0 or more, but got {offset}.", "offset").ToProblem();
        }
        if (limit is < 1 or > MaxLimit)
        {
            return Rejection.Invalid($"Expected a limit from 1 to {MaxLimit}, but got {limit}.", "limit").ToProblem();
        }
        var query = new TaskQuery(Blank(post), Blank(division), Blank(department), Open: open);
        var tasks = await queries.TasksAsync(caller.Scope, query, offset ?? 0, limit ?? queries.PageSize, v => CaseAccess.For(caller, v), cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(tasks);
    }

    public static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> DecideAsync(
        string instanceId, string taskId, DecisionRequest request, HttpContext http, CallerResolver callers, CaseAccess access, WorkflowExecutor commands,
        CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return RejectionProblemDetails.Unauthenticated();
        }
        if (await access.VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            return CallerEndpoint.NotFound("case", instanceId);
        }
        var actor = caller.Actor;
        if (string.IsNullOrWhiteSpace(request.Outcome))
        {
            return Rejection.Invalid("Expected an outcome, but none was given.", "outcome").ToProblem();
        }
        var command = new RecordDecision(instanceId, taskId, actor, request.Outcome, request.Comment, request.Data) { RequestKey = request.RequestKey };
        return await ExecuteAsync(caller, command, commands, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> ReplyAsync(
        string instanceId, string taskId, ReplyRequest request, HttpContext http, CallerResolver callers, CaseAccess access, WorkflowExecutor commands,
        CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return RejectionProblemDetails.Unauthenticated();
        }
        if (await access.VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            return CallerEndpoint.NotFound("case", instanceId);
        }
        var actor = caller.Actor;
        if (string.IsNullOrWhiteSpace(request.Outcome))
        {
            return Rejection.Invalid("Expected an outcome, but none was given.", "outcome").ToProblem();
        }
        var department = Blank(request.Department) ?? (actor.Departments.Count == 1 ? actor.Departments[0] : null);
        if (department is null)
        {
            return Rejection.Invalid("Expected the replying department, but none was given and X-Departments does not name exactly one.", "department").ToProblem();
        }
        // The engine checks the reply comes from the task's department; whether the caller may speak for it is ours.
        if (!actor.Departments.Contains(department))
        {
            return Rejection.Forbidden($"Expected '{actor.Id}' to act for department '{department}', but they do not.").ToProblem();
        }
        var command = new RecordDepartmentReply(instanceId, taskId, department, actor, request.Outcome, request.Comment, request.Data)
        {
            RequestKey = request.RequestKey,
        };
        return await ExecuteAsync(caller, command, commands, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> ExecuteAsync(
        Caller caller, WorkflowCommand command, WorkflowExecutor commands, CancellationToken cancellationToken)
    {
        var result = await commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (result.Rejection is { } rejection)
        {
            return rejection.ToProblem();
        }
        // The state the executor committed (the tests hold it equal to what a restart reads), as the caller may see it.
        var view = InstanceView.From(result.Instance!);
        return TypedResults.Ok(CaseAccess.For(caller, view) ?? view.FactsOnly());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
