using MassTransit;
using Microsoft.Extensions.Options;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging.Configuration;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Messaging.Timers;

/// <summary>
/// With <c>Messaging:FireTimersOverBus</c>, the pump sends each claimed timer to the engine queue, where the
/// competing consumers of every host share the firing. The message id comes from the timer, so a second claim after an
/// expired lease is recognisably the same message.
/// </summary>
internal sealed class BusTimerDispatcher(IBus bus, IOptions<MessagingOptions> options) : ITimerDispatcher
{
    private readonly Uri _queue = new($"queue:{options.Value.EngineQueue}");

    public async Task DispatchAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        var key = TimerFiring.RequestKeyFor(timer.InstanceId, timer.TimerId);
        var endpoint = await bus.GetSendEndpoint(_queue).ConfigureAwait(false);
        await endpoint.Send(new FireTimerRequested(timer.InstanceId, timer.TimerId, timer.DueAt, key),
            context => context.MessageId = Outbox.MessageIds.For(key), cancellationToken).ConfigureAwait(false);
    }
}
