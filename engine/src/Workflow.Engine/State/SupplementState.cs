namespace Workflow.Engine.State;

/// <summary>A supplement (补正) the task waits for: what is missing, and the timer that closes the case if it never comes.</summary>
public sealed record SupplementState(IReadOnlyList<string> Missing, string TimerId, DateTimeOffset AutoCloseAt, int AutoCloseDays, string RequestedBy);
