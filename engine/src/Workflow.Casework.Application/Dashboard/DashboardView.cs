using Workflow.Casework.Application.Views;

namespace Workflow.Casework.Application.Dashboard;

/// <summary>
/// The dashboard's figures over every case in the reader's scope, with codes (items, divisions, statuses) that the page
/// names. <paramref name="Months"/> are <c>yyyy-MM</c> (Beijing), oldest first, and index each volume's months.
/// </summary>
public sealed record DashboardView(
    DateTimeOffset At,
    long Cases,
    IReadOnlyList<StatusVolume> ByStatus,
    IReadOnlyList<string> Months,
    IReadOnlyList<ItemVolume> ByItemAndMonth,
    IReadOnlyList<OnTimeRate> OnTimeByTownship,
    IReadOnlyList<OnTimeRate> OnTimeByItem,
    IReadOnlyList<StepDuration> Steps,
    IReadOnlyList<SupervisedTask> Overdue,
    IReadOnlyList<SupervisedTask> DueSoon);
