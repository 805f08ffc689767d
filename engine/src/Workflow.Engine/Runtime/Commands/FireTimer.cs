namespace Workflow.Engine.Runtime.Commands;

/// <summary>A due timer row fires. A timer the instance no longer holds is rejected as stale.</summary>
public sealed record FireTimer(string InstanceId, string TimerId) : WorkflowCommand(InstanceId);
