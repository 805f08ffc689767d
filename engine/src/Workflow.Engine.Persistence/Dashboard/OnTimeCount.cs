namespace Workflow.Engine.Persistence.Dashboard;

/// <summary>Finished cases of one group (a township code, or an item) and how many closed every step by its deadline.</summary>
public sealed record OnTimeCount(string Key, long Finished, long OnTime);
