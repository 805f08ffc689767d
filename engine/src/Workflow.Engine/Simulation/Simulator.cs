using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.State;

namespace Workflow.Engine.Simulation;

/// <summary>Runs a definition in memory on the real engine: the same executor, processors and appliers as production.</summary>
public static class Simulator
{
    private const string InstanceId = "simulation";

    public static async Task<SimulationResult> RunAsync(WorkflowDefinition definition, SimulationOptions options, CancellationToken cancellationToken = default)
    {
        var catalog = new InMemoryDefinitionCatalog();
        catalog.Publish(definition);
        var store = new InMemoryInstanceStore();
        var executor = new WorkflowExecutor(catalog, store, new EngineServices(options.Time ?? TimeProvider.System));

        var started = await executor.ExecuteAsync(new StartInstance(InstanceId, definition.DefinitionId, definition.Version, options.Input), cancellationToken);
        if (!started.IsAccepted)
        {
            throw new InvalidOperationException(started.Rejection!.Message);
        }
        for (var round = 0; round < options.MaxRounds; round++)
        {
            var view = (await store.LoadAsync(InstanceId, cancellationToken))!;
            if (view.IsFinished)
            {
                break;
            }
            var commands = NextCommands(view, definition, options);
            if (commands.Count == 0)
            {
                break;
            }
            foreach (var command in commands)
            {
                await executor.ExecuteAsync(command, cancellationToken);
            }
        }

        var final = (await store.LoadAsync(InstanceId, cancellationToken))!;
        return new SimulationResult(final.Lines, final.Journal, StatusOf(final), final.SubStatus,
            final.Bookmarks.Values.ToList(), final.Incidents, store.EventsOf(InstanceId), final);
    }

    /// <summary>Elsa's main status: Running while anything waits or executes, Finished otherwise (faulted and cancelled included).</summary>
    public static string StatusOf(IInstanceView view) => view.IsFinished ? "Finished" : "Running";

    private static List<WorkflowCommand> NextCommands(IInstanceView view, WorkflowDefinition definition, SimulationOptions options)
    {
        var commands = new List<WorkflowCommand>();
        foreach (var bookmark in view.Bookmarks.Values.OrderBy(b => b.BookmarkId.Length).ThenBy(b => b.BookmarkId, StringComparer.Ordinal))
        {
            var task = view.Tasks.Values.FirstOrDefault(t => t.Opened.BookmarkId == bookmark.BookmarkId && t.Status == TaskLifecycle.Open);
            var decision = DecisionFor(definition, bookmark.ActivityId, options.Decisions);
            if (task is not null && decision is not null)
            {
                commands.Add(task.Opened.Kind == TaskKind.Referral
                    ? new RecordDepartmentReply(InstanceId, task.TaskId, task.Opened.Assignee.DepartmentCode ?? "", Actor.System, decision, "模拟")
                    : new RecordDecision(InstanceId, task.TaskId, Actor.System, decision, "模拟"));
            }
            else if (options.UntilEnd)
            {
                commands.Add(new ResumeBookmark(InstanceId, bookmark.BookmarkId));
            }
        }
        return commands;
    }

    private static string? DecisionFor(WorkflowDefinition definition, string nodeId, IReadOnlyDictionary<string, string> decisions)
    {
        if (decisions.Count == 0 || !definition.NodesById.TryGetValue(nodeId, out var node))
        {
            return null;
        }
        return decisions.TryGetValue(node.Id, out var byId) ? byId
            : node.Name is not null && decisions.TryGetValue(node.Name, out var byName) ? byName
            : decisions.GetValueOrDefault(nodeId);
    }
}
