using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>A department answers a referral (转办) with an outcome, a comment and data.</summary>
public sealed record RecordDepartmentReply(
    string InstanceId,
    string TaskId,
    string DepartmentCode,
    Actor Actor,
    string Outcome,
    string? Comment,
    JsonObject? Data = null) : WorkflowCommand(InstanceId), IActorCommand;
