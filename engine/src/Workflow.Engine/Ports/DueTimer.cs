namespace Workflow.Engine.Ports;

/// <summary>A timer row that is due.</summary>
public sealed record DueTimer(string InstanceId, string TimerId, DateTimeOffset DueAt);
