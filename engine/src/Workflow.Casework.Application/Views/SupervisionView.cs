namespace Workflow.Casework.Application.Views;

/// <summary>What a supervisor sees: the steps about to expire or overdue, and counts by township and by item.</summary>
public sealed record SupervisionView(
    DateTimeOffset At,
    int WithinWorkingDays,
    IReadOnlyList<SupervisedTask> Tasks,
    IReadOnlyList<SupervisionCount> ByDivision,
    IReadOnlyList<SupervisionCount> ByItem);
