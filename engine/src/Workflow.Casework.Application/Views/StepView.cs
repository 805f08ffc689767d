namespace Workflow.Casework.Application.Views;

/// <summary>An open step with its legal deadline and the working days left (negative when overdue).</summary>
public sealed record StepView(string TaskId, string Title, string? Post, string? DivisionCode, string? DepartmentCode, DateTimeOffset? DueAt, int? RemainingWorkingDays);
