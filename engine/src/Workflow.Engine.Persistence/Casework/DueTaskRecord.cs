namespace Workflow.Engine.Persistence.Casework;

/// <summary>An open task with a deadline, as the supervision view lists it.</summary>
public sealed record DueTaskRecord(
    string TaskId,
    string InstanceId,
    string Title,
    string? DivisionCode,
    string? DepartmentCode,
    string? Post,
    string DefinitionId,
    DateTimeOffset DueAt);
