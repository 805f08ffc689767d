namespace Workflow.Casework.Application.Views;

/// <summary>One open step: <paramref name="State"/> is <c>overdue</c> or <c>dueSoon</c>; remaining days are negative once overdue.</summary>
public sealed record SupervisedTask(
    string InstanceId,
    string TaskId,
    string Title,
    string DefinitionId,
    string? DivisionCode,
    string? DepartmentCode,
    string? Post,
    DateTimeOffset DueAt,
    int RemainingWorkingDays,
    string State);
