using Workflow.Engine.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Queries;

namespace Workflow.Web.Api;

/// <summary>Cases: start one, read it, read its event history, open a file it keeps itself.</summary>
public static class InstancesApi
{
    public static RouteGroupBuilder MapInstancesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/instances");
        api.MapPost("/", StartAsync);
        api.MapGet("/", ListAsync);
        api.MapGet("/{instanceId}", GetAsync);
        api.MapGet("/{instanceId}/events", EventsAsync);
        api.MapGet("/{instanceId}/attachments/{attachmentId}", OpenAttachmentAsync);
        return api;
    }

    /// <summary>
    /// Starts a case directly (an integration, or an administrator); applications go through <c>/api/applications</c>.
    /// The caller needs a window or administrator post and the case's division in their scope.
    /// </summary>
    public static async Task<Results<Created<InstanceView>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, HttpContext http, CallerResolver callers, WorkflowExecutor commands, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
        {
            return Rejection.Invalid("Expected a definitionId, but none was given.", "definitionId").ToProblem();
        }
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var division = request.Input?[Workflow.Engine.State.CaseInputKeys.DivisionCode] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var code) ? code : null;
        if (!(caller.IsAdministrator || caller.IsAtWindow) || (division is not null && !caller.Sees(division)))
        {
            return Rejection.Forbidden($"Expected '{caller.Id}' to hold a window or administrator post over division {division}, but they do not.").ToProblem();
        }
        var instanceId = Guid.NewGuid().ToString("N");
        var command = new StartInstance(instanceId, request.DefinitionId, request.Version, request.Input);
        var result = await commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (result.Rejection is { } rejection)
        {
            return rejection.ToProblem();
        }
        var view = InstanceView.From(result.Instance!);
        return TypedResults.Created($"/api/instances/{instanceId}", CaseAccess.For(caller, view) ?? view.FactsOnly());
    }

    /// <summary>
    /// <c>GET /api/instances?caseNumber=&amp;applicant=&amp;item=&amp;status=&amp;division=&amp;from=&amp;to=&amp;dueFrom=&amp;dueTo=&amp;page=&amp;pageSize=</c>: 案件查询 as JSON,
    /// a page of the cases in the caller's scope that match, with the total (<see cref="Workflow.Casework.Application.Lists.CaseList"/>).
    /// </summary>
    public static async Task<Results<Ok<Workflow.Casework.Application.Lists.CaseListPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] Workflow.Casework.Application.Lists.CaseListQuery query, HttpContext http, CallerResolver callers,
        Workflow.Casework.Application.Lists.CaseList cases, CancellationToken cancellationToken) =>
        await ApplicationsApi.Answer(http, callers, caller => cases.SearchAsync(caller, query, cancellationToken)).ConfigureAwait(false);

    /// <summary>A case in the caller's scope; any other, existing or not, is 404.</summary>
    public static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> GetAsync(
        string instanceId, HttpContext http, CallerResolver callers, CaseAccess access, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        return await access.VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is { } view
            ? TypedResults.Ok(view)
            : Missing(instanceId).ToProblem();
    }

    /// <summary>
    /// The case's events in order, personal fields masked like every other view (the full values stay in the log); a
    /// supervisor who sees the case only to supervise gets each event's facts (<see cref="EventFacts"/>).
    /// </summary>
    public static async Task<Results<Ok<System.Text.Json.Nodes.JsonNode>, ProblemHttpResult>> EventsAsync(
        string instanceId, HttpContext http, CallerResolver callers, CaseAccess access, WorkflowQueries queries,
        Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (await access.VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is not { } view)
        {
            return Missing(instanceId).ToProblem();
        }
        if (await queries.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } events)
        {
            return Missing(instanceId).ToProblem();
        }
        var node = PersonalInput.MaskedNode(System.Text.Json.JsonSerializer.SerializeToNode(events, json.Value.SerializerOptions))!;
        return TypedResults.Ok(view.OnlyFacts ? EventFacts.Of(node) : node);
    }

    /// <summary>
    /// <c>GET /api/instances/{instanceId}/attachments/{attachmentId}</c>: a file the case keeps itself (a 入户照片 of a case
    /// without an application), inline like an application's (<see cref="AttachmentResponse"/>), for someone who sees the
    /// case with its personal data (404 otherwise); each opening is audited.
    /// </summary>
    public static async Task<IResult> OpenAttachmentAsync(
        string instanceId, string attachmentId, HttpContext http, CallerResolver callers, AttachmentService attachments, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var opened = await attachments.OpenOfCaseAsync(caller, instanceId, attachmentId, cancellationToken).ConfigureAwait(false);
        if (opened.Rejection is { } rejection)
        {
            return rejection.ToProblem();
        }
        var (record, path) = opened.Value;
        return TypedResults.PhysicalFile(path, AttachmentResponse.Prepare(http.Response, record.FileName, record.ContentType));
    }

    private static Rejection Missing(string instanceId) => Rejection.NotFound($"Expected to find instance '{instanceId}', but there is none.");
}
