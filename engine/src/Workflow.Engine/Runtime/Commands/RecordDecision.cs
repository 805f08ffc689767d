using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>An officer decides an approval task: approve, reject, return or another outcome the step allows.</summary>
public sealed record RecordDecision(string InstanceId, string TaskId, Actor Actor, string Outcome, string? Comment, JsonObject? Data = null)
    : WorkflowCommand(InstanceId), IActorCommand;
