namespace Workflow.Engine.Ports;

/// <summary>
/// Work that kept failing and was set aside for an administrator: a timer whose firing is refused again and again, or
/// an outbox message no contract can send. <paramref name="Kind"/> is <c>timer</c> or <c>outbox</c>;
/// <paramref name="SourceId"/> names the row (<c>instance/timer</c>, or the outbox id).
/// </summary>
public sealed record DeadLetter(string Id, string Kind, string SourceId, string? InstanceId, string Reason, int Attempts, DateTimeOffset ParkedAt, DateTimeOffset? RetriedAt);
