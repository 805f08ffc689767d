namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// Who may act on a task: a post at an administrative level of the case's division, or a department.
/// <paramref name="DivisionCode"/> is the 12-digit code of the office at that level.
/// </summary>
public sealed record TaskAssignee(string? Post, string? Level, string? DivisionCode, string? DepartmentCode, string? DepartmentName);
