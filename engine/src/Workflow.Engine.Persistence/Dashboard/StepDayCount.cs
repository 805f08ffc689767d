namespace Workflow.Engine.Persistence.Dashboard;

/// <summary>
/// Completed steps of one item and title that opened on Beijing day <paramref name="OpenedDay"/> and closed on
/// <paramref name="ClosedDay"/> (days since 1970-01-01).
/// </summary>
public sealed record StepDayCount(string DefinitionId, string Title, int OpenedDay, int ClosedDay, long Tasks);
