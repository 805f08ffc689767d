using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Processors;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime;

public sealed partial class WorkflowExecutor
{
    /// <summary>
    /// What each command's own processor would answer now, without running any of them: null where the command would
    /// be accepted, else its rejection. Pages ask this before offering a form, so a form is offered exactly where the
    /// handler would take it (issue 12); nothing is emitted, stored or published.
    /// </summary>
    /// <param name="instanceId">The instance every command names.</param>
    /// <param name="commands">Commands as they would be sent (placeholder text where the form asks for it).</param>
    /// <param name="cancellationToken">Cancels loading the instance.</param>
    public async ValueTask<IReadOnlyList<Rejection?>> CheckAsync(string instanceId, IReadOnlyList<WorkflowCommand> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var gate = GateOf(instanceId);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await _store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
            if (state is null || _catalog.Find(state.DefinitionId, state.DefinitionVersion) is not { } definition)
            {
                var missing = Rejection.NotFound($"Expected to find instance '{instanceId}', but there is none.");
                return commands.Select(_ => (Rejection?)missing).ToList();
            }
            var view = new CheckView(state, definition, _services, _services.Time.GetUtcNow());
            return commands.Select(command => Check(view, instanceId, command)).ToList();
        }
        finally
        {
            gate.Release();
        }
    }

    private static Rejection? Check(in CheckView view, string instanceId, WorkflowCommand command)
    {
        if (command is StartInstance || command.InstanceId != instanceId)
        {
            return Rejection.Invalid($"Expected a command on instance '{instanceId}', but got a {command.GetType().Name} for '{command.InstanceId}'.");
        }
        return CommandProcessors.For(command.GetType()) is { } processor
            ? processor.Check(view, command)
            : Rejection.Invalid($"Expected a known command, but got '{command.GetType().Name}'.");
    }
}
