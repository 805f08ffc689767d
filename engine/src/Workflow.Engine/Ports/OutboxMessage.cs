namespace Workflow.Engine.Ports;

/// <summary>
/// A message to publish once its command has committed. <paramref name="MessageType"/> names a contract in
/// <c>Workflow.Engine.Messaging.Contracts</c>; <paramref name="Destination"/> is a queue name, or null to publish.
/// The store assigns <see cref="Id"/>.
/// </summary>
public sealed record OutboxMessage(string MessageId, string InstanceId, string MessageType, string? Destination, string Body, DateTimeOffset CreatedAt)
{
    public long Id { get; init; }
}
