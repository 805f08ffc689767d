using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Ports;

/// <summary>What a command with a request key produced the first time: returned again for a repeat.</summary>
public sealed record StoredResult(string RequestKey, string InstanceId, IReadOnlyList<WorkflowEvent> Events);
