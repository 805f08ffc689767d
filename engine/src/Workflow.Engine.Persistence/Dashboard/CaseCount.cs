namespace Workflow.Engine.Persistence.Dashboard;

/// <summary>How many cases share one key (a status, or an item and a month of the window).</summary>
public sealed record CaseCount(string Key, int Month, long Cases);
