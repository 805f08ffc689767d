namespace Workflow.Casework.Application.Dashboard;

/// <summary>Cases of one item (definition id) created in each month of the dashboard's window, and their sum.</summary>
public sealed record ItemVolume(string DefinitionId, IReadOnlyList<long> PerMonth, long Total);
