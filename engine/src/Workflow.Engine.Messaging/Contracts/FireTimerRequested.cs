namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// A due timer row claimed by some host's timer pump, sent to the engine queue so that the hosts' consumers share the
/// firing. A timer the instance no longer holds is dropped as stale.
/// </summary>
public sealed record FireTimerRequested(string InstanceId, string TimerId, DateTimeOffset DueAt, string RequestKey);
