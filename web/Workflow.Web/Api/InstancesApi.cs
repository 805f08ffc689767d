using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Queries;

namespace Workflow.Web.Api;

/// <summary>Cases: start one, read it, read its event history.</summary>
public static class InstancesApi
{
    public static RouteGroupBuilder MapInstancesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/instances");
        api.MapPost("/", StartAsync);
        api.MapGet("/{instanceId}", GetAsync);
        api.MapGet("/{instanceId}/events", EventsAsync);
        return api;
    }

    public static async Task<Results<Created<InstanceView>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, CommandRunner commands, WorkflowQueries queries, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
        {
            return Rejection.Invalid("Expected a definitionId, but none was given.", "definitionId").ToProblem();
        }
        var instanceId = Guid.NewGuid().ToString("N");
        var command = new StartInstance(instanceId, request.DefinitionId, request.Version, request.Input);
        var result = await commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (result.Rejection is { } rejection)
        {
            return rejection.ToProblem();
        }
        var view = await queries.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) ?? InstanceView.From(result.Instance!);
        return TypedResults.Created($"/api/instances/{instanceId}", view);
    }

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

    public static async Task<Results<Ok<IReadOnlyList<EventView>>, ProblemHttpResult>> EventsAsync(
        string instanceId, HttpContext http, CallerResolver callers, CaseAccess access, WorkflowQueries queries, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (await access.VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            return Missing(instanceId).ToProblem();
        }
        return await queries.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } events
            ? TypedResults.Ok(events)
            : Missing(instanceId).ToProblem();
    }

    private static Rejection Missing(string instanceId) => Rejection.NotFound($"Expected to find instance '{instanceId}', but there is none.");
}
