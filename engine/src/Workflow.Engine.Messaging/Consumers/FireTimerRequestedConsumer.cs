using MassTransit;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>
/// Fires a timer some host's pump claimed. Stale timers and repeats are acknowledged (and logged at Debug by
/// <see cref="TimerFiring"/>); a conflict is thrown so the endpoint's retry fires it again.
/// </summary>
public sealed class FireTimerRequestedConsumer(TimerFiring firing) : IConsumer<FireTimerRequested>
{
    public async Task Consume(ConsumeContext<FireTimerRequested> context)
    {
        var m = context.Message;
        if (await firing.FireAsync(m.InstanceId, m.TimerId, context.CancellationToken).ConfigureAwait(false) == TimerFireOutcome.Conflict)
        {
            throw new WorkflowConflictException($"Expected to fire timer '{m.TimerId}' of instance '{m.InstanceId}', but another command changed it first.");
        }
    }
}
