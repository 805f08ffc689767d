using Workflow.Engine.Messaging;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Pipeline;
using Workflow.Engine.Runtime.Processors;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Load → process → apply → commit, one command at a time per instance. Commands for one instance are serialised in
/// this process; across processes the store's version check turns a race into a <see cref="RejectionType.Conflict"/>.
/// </summary>
public sealed partial class WorkflowExecutor
{
    private const int Stripes = 64;
    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly IDefinitionCatalog _catalog;
    private readonly IInstanceStore _store;
    private readonly EngineServices _services;

    /// <summary>Null when no middleware is registered: then a command runs without the pipeline's extra step.</summary>
    private readonly CommandDelegate? _pipeline;

    /// <param name="catalog">The published definitions.</param>
    /// <param name="store">Where instances load from and commit to.</param>
    /// <param name="services">The pure collaborators of a burst.</param>
    /// <param name="middleware">Runs around every command, the first outermost (<see cref="ICommandMiddleware"/>).</param>
    public WorkflowExecutor(IDefinitionCatalog catalog, IInstanceStore store, EngineServices services, IEnumerable<ICommandMiddleware>? middleware = null)
    {
        _catalog = catalog;
        _store = store;
        _services = services;
        var steps = middleware?.ToArray() ?? [];
        if (steps.Length > 0)
        {
            _pipeline = CommandPipeline.Build(steps, async context =>
                context.Result = await ExecuteGatedAsync(context.Command, context, context.CancellationToken).ConfigureAwait(false));
        }
    }

    public EngineServices Services => _services;

    public ValueTask<ExecutionResult> ExecuteAsync(WorkflowCommand command, CancellationToken cancellationToken = default)
    {
        // Without middleware no context is needed: a command then allocates nothing the pipeline adds.
        return _pipeline is null
            ? ExecuteGatedAsync(command, null, cancellationToken)
            : ExecutePipelineAsync(new CommandContext(command, cancellationToken));
    }

    private async ValueTask<ExecutionResult> ExecutePipelineAsync(CommandContext context)
    {
        await _pipeline!(context).ConfigureAwait(false);
        return context.Result ?? throw new InvalidOperationException(
            $"Expected the command pipeline to run {context.Command.GetType().Name}, but a middleware returned without calling the next step.");
    }

    private async ValueTask<ExecutionResult> ExecuteGatedAsync(WorkflowCommand command, CommandContext? context, CancellationToken cancellationToken)
    {
        var gate = GateOf(command.InstanceId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ExecuteLockedAsync(context, command, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim GateOf(string? instanceId) => _gates[(uint)StringComparer.Ordinal.GetHashCode(instanceId ?? "") % Stripes];

    private async ValueTask<ExecutionResult> ExecuteLockedAsync(CommandContext? context, WorkflowCommand command, CancellationToken cancellationToken)
    {
        if (command.RequestKey is { } sent)
        {
            if (sent.Length > RequestKeys.MaxLength)
            {
                return ExecutionResult.Rejected(Rejection.Invalid($"Expected a request key of at most {RequestKeys.MaxLength} characters, but got {sent.Length}.", "requestKey"));
            }
            command = command with { RequestKey = RequestKeys.Scoped(command) };
        }
        if (command.RequestKey is { } key && await RepeatOf(command, key, cancellationToken).ConfigureAwait(false) is { } repeat)
        {
            return repeat;
        }
        var state = await _store.LoadAsync(command.InstanceId ?? "", cancellationToken).ConfigureAwait(false);
        Definitions.WorkflowDefinition? definition;
        if (command is StartInstance start)
        {
            if (state is not null)
            {
                return ExecutionResult.Rejected(Rejection.Conflict($"Expected to start instance '{start.InstanceId}', but it already exists."));
            }
            definition = _catalog.Find(start.DefinitionId, start.Version);
            if (definition is null)
            {
                var which = start.Version is { } v ? $"version {v} of '{start.DefinitionId}'" : $"a published version of '{start.DefinitionId}'";
                return ExecutionResult.Rejected(new Rejection(RejectionType.NotFound, $"Expected to start {which}, but there is none.", "definitionId"));
            }
            state = new InstanceState();
        }
        else
        {
            if (state is null)
            {
                return ExecutionResult.Rejected(Rejection.NotFound($"Expected to find instance '{command.InstanceId}', but there is none."));
            }
            definition = _catalog.Find(state.DefinitionId, state.DefinitionVersion);
            if (definition is null)
            {
                return ExecutionResult.Rejected(Rejection.NotFound(
                    $"Expected to find version {state.DefinitionVersion} of definition '{state.DefinitionId}', but it is gone."));
            }
        }

        if (CommandProcessors.For(command.GetType()) is not { } processor)
        {
            return ExecutionResult.Rejected(Rejection.Invalid($"Expected a known command, but got '{command.GetType().Name}'."));
        }
        var expectedVersion = state.Version;
        var now = _services.Time.GetUtcNow();
        if (processor.Check(new CheckView(state, definition, _services, now), command) is { } rejection)
        {
            return ExecutionResult.Rejected(rejection);
        }
        var burst = new Burst(definition, state, _services, now);
        try
        {
            processor.Run(burst, command);
        }
        catch
        {
            // The burst changed the cached state as it went: the next command must load it again.
            _store.Invalidate(command.InstanceId ?? "");
            throw;
        }
        var commit = new InstanceCommit(state, expectedVersion, burst.Events, OutboxPlanner.Plan(state.InstanceId, burst.Events, state),
            command.RequestKey, command.GetType().Name);
        // The commit's outcome and duration go on the context for the middleware (metrics); with none, nothing is timed.
        var started = context is null ? 0 : _services.Time.GetTimestamp();
        bool committed;
        try
        {
            committed = await _store.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && context is not null)
        {
            context.Commit = new CommitAttempt(CommitOutcome.Failed, _services.Time.GetElapsedTime(started));
            throw;
        }
        if (context is not null)
        {
            context.Commit = new CommitAttempt(committed ? CommitOutcome.Committed : CommitOutcome.Conflict, _services.Time.GetElapsedTime(started));
        }
        if (!committed)
        {
            _store.Invalidate(command.InstanceId ?? "");
            // Another host may have committed the same request first: then its result is ours.
            if (command.RequestKey is { } racedKey && await RepeatOf(command, racedKey, cancellationToken).ConfigureAwait(false) is { } raced)
            {
                return raced;
            }
            return ExecutionResult.Rejected(Rejection.Conflict(
                $"Expected instance '{command.InstanceId}' to be at version {expectedVersion}, but another command changed it first."));
        }
        return ExecutionResult.Accepted(burst.Events, state);
    }

    /// <summary>A command whose request key already committed gets the first result again, without running twice.</summary>
    private async ValueTask<ExecutionResult?> RepeatOf(WorkflowCommand command, string key, CancellationToken cancellationToken)
    {
        if (await _store.FindResultAsync(key, cancellationToken).ConfigureAwait(false) is not { } prior)
        {
            return null;
        }
        if (prior.InstanceId != command.InstanceId)
        {
            // Not a race but a client bug: retrying can never succeed, so it is bad input rather than a conflict.
            return ExecutionResult.Rejected(Rejection.Invalid(
                $"Expected request key '{key}' to belong to instance '{command.InstanceId}', but it was used for '{prior.InstanceId}'.", "requestKey"));
        }
        if (prior.CommandType is { Length: > 0 } type && type != command.GetType().Name)
        {
            return ExecutionResult.Rejected(Rejection.Conflict(
                $"Expected request key '{RequestKeys.Unscoped(key)}' to repeat its {type}, but it came with a {command.GetType().Name} (请求键已用于其他操作)."));
        }
        var current = await _store.LoadAsync(command.InstanceId, cancellationToken).ConfigureAwait(false);
        return ExecutionResult.Accepted(prior.Events, current!) with { IsRepeat = true };
    }
}
