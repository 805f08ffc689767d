using System.Text.Json;
using MassTransit;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Messaging.Outbox;

/// <summary>One row of <see cref="OutboxContracts"/>: reads a row's body as its contract and sends or publishes it.</summary>
internal abstract class OutboxContract
{
    public abstract Task SendAsync(ISendEndpoint endpoint, OutboxMessage message, CancellationToken cancellationToken);

    public abstract Task PublishAsync(IPublishEndpoint bus, OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>Typed, so MassTransit routes and names the message by its contract rather than by <c>object</c>.</summary>
internal sealed class OutboxContract<T> : OutboxContract
    where T : class
{
    public override Task SendAsync(ISendEndpoint endpoint, OutboxMessage message, CancellationToken cancellationToken) =>
        endpoint.Send(Read(message), context => Stamp(context, message), cancellationToken);

    public override Task PublishAsync(IPublishEndpoint bus, OutboxMessage message, CancellationToken cancellationToken) =>
        bus.Publish(Read(message), context => Stamp(context, message), cancellationToken);

    private static T Read(OutboxMessage message) =>
        JsonSerializer.Deserialize<T>(message.Body, Workflow.Engine.Messaging.OutboxPlanner.Json)
        ?? throw new InvalidOperationException($"Outbox row {message.Id} has an empty {typeof(T).Name} body.");

    private static void Stamp(SendContext context, OutboxMessage message)
    {
        context.MessageId = MessageIds.For(message.MessageId);
        context.Headers.Set(OutboxContracts.InstanceIdHeader, message.InstanceId);
        context.Headers.Set(OutboxContracts.OutboxIdHeader, message.MessageId);
    }
}
