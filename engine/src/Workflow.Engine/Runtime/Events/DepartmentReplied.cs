using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>A department answered a referral; the task is closed.</summary>
public sealed record DepartmentReplied(
    string TaskId,
    string DepartmentCode,
    string ActorId,
    string Outcome,
    string? Comment,
    JsonObject? Data,
    DateTimeOffset At) : WorkflowEvent;
