using Workflow.Engine.Messaging;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Processors;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Load → process → apply → commit, one command at a time per instance. Commands for one instance are serialised in
/// this process; across processes the store's version check turns a race into a <see cref="RejectionType.Conflict"/>.
/// </summary>
public sealed class WorkflowExecutor(IDefinitionCatalog catalog, IInstanceStore store, EngineServices services)
{
    private const int Stripes = 64;
    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private static readonly StartInstanceProcessor Start = new();
    private static readonly RecordDecisionProcessor Decision = new();
    private static readonly RecordDepartmentReplyProcessor Reply = new();
    private static readonly FireTimerProcessor Timer = new();
    private static readonly RaiseEventProcessor Event = new();
    private static readonly ResumeBookmarkProcessor Resume = new();
    private static readonly RecordObjectionProcessor Objection = new();
    private static readonly PauseClockProcessor Pause = new();
    private static readonly ResumeClockProcessor Unpause = new();
    private static readonly ExtendDeadlineProcessor Extend = new();
    private static readonly ClaimTaskProcessor ClaimOp = new();
    private static readonly ReleaseTaskProcessor ReleaseOp = new();
    private static readonly TransferTaskProcessor TransferOp = new();
    private static readonly DelegateTaskProcessor DelegateOp = new();
    private static readonly AddSignerProcessor AddSignerOp = new();
    private static readonly RemoveSignerProcessor RemoveSignerOp = new();
    private static readonly RequestSupplementProcessor RequestSupplementOp = new();
    private static readonly SupplySupplementProcessor SupplySupplementOp = new();
    private static readonly WithdrawTaskProcessor WithdrawOp = new();
    private static readonly CancelInstanceProcessor CancelCaseOp = new();
    private static readonly UrgeTaskProcessor UrgeOp = new();
    private static readonly CopyTaskProcessor CopyOp = new();
    private static readonly SuperviseTaskProcessor SuperviseOp = new();
    private static readonly RecordDeliberationProcessor DeliberationOp = new();

    public EngineServices Services => services;

    public async ValueTask<ExecutionResult> ExecuteAsync(WorkflowCommand command, CancellationToken cancellationToken = default)
    {
        var gate = _gates[(uint)StringComparer.Ordinal.GetHashCode(command.InstanceId ?? "") % Stripes];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ExecuteLockedAsync(command, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async ValueTask<ExecutionResult> ExecuteLockedAsync(WorkflowCommand command, CancellationToken cancellationToken)
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
        var state = await store.LoadAsync(command.InstanceId ?? "", cancellationToken).ConfigureAwait(false);
        Definitions.WorkflowDefinition? definition;
        if (command is StartInstance start)
        {
            if (state is not null)
            {
                return ExecutionResult.Rejected(Rejection.Conflict($"Expected to start instance '{start.InstanceId}', but it already exists."));
            }
            definition = catalog.Find(start.DefinitionId, start.Version);
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
            definition = catalog.Find(state.DefinitionId, state.DefinitionVersion);
            if (definition is null)
            {
                return ExecutionResult.Rejected(Rejection.NotFound(
                    $"Expected to find version {state.DefinitionVersion} of definition '{state.DefinitionId}', but it is gone."));
            }
        }

        var expectedVersion = state.Version;
        var burst = new Burst(definition, state, services, services.Time.GetUtcNow());
        Rejection? rejection;
        try
        {
            rejection = Dispatch(burst, command);
        }
        catch
        {
            store.Invalidate(command.InstanceId ?? "");
            throw;
        }
        if (rejection is not null)
        {
            if (burst.Events.Count > 0)
            {
                store.Invalidate(command.InstanceId ?? "");
                throw new InvalidOperationException($"A processor emitted events and then rejected {command.GetType().Name}.");
            }
            return ExecutionResult.Rejected(rejection);
        }
        var commit = new InstanceCommit(state, expectedVersion, burst.Events, OutboxPlanner.Plan(state.InstanceId, burst.Events, state),
            command.RequestKey, command.GetType().Name);
        if (!await store.CommitAsync(commit, cancellationToken).ConfigureAwait(false))
        {
            store.Invalidate(command.InstanceId ?? "");
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
        if (await store.FindResultAsync(key, cancellationToken).ConfigureAwait(false) is not { } prior)
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
        var current = await store.LoadAsync(command.InstanceId, cancellationToken).ConfigureAwait(false);
        return ExecutionResult.Accepted(prior.Events, current!) with { IsRepeat = true };
    }

    private static Rejection? Dispatch(Burst burst, WorkflowCommand command) => command switch
    {
        StartInstance c => Start.Process(burst, c),
        RecordDecision c => Decision.Process(burst, c),
        RecordDepartmentReply c => Reply.Process(burst, c),
        FireTimer c => Timer.Process(burst, c),
        RaiseEvent c => Event.Process(burst, c),
        ResumeBookmark c => Resume.Process(burst, c),
        RecordObjection c => Objection.Process(burst, c),
        PauseClock c => Pause.Process(burst, c),
        ResumeClock c => Unpause.Process(burst, c),
        ExtendDeadline c => Extend.Process(burst, c),
        ClaimTask c => ClaimOp.Process(burst, c),
        ReleaseTask c => ReleaseOp.Process(burst, c),
        TransferTask c => TransferOp.Process(burst, c),
        DelegateTask c => DelegateOp.Process(burst, c),
        AddSigner c => AddSignerOp.Process(burst, c),
        RemoveSigner c => RemoveSignerOp.Process(burst, c),
        RequestSupplement c => RequestSupplementOp.Process(burst, c),
        SupplySupplement c => SupplySupplementOp.Process(burst, c),
        WithdrawTask c => WithdrawOp.Process(burst, c),
        CancelInstance c => CancelCaseOp.Process(burst, c),
        UrgeTask c => UrgeOp.Process(burst, c),
        CopyTask c => CopyOp.Process(burst, c),
        SuperviseTask c => SuperviseOp.Process(burst, c),
        RecordDeliberation c => DeliberationOp.Process(burst, c),
        _ => Rejection.Invalid($"Expected a known command, but got '{command.GetType().Name}'."),
    };
}
