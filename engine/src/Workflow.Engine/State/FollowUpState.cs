namespace Workflow.Engine.State;

/// <summary>
/// A follow-up visit schedule in progress (<c>Gov.FollowUpVisits</c>): <see cref="Scheduled"/> is the latest visit
/// whose timer was set, <see cref="Visited"/> how many visits are done, <see cref="DueAt"/> when that latest timer is due.
/// </summary>
public sealed record FollowUpState(int Times, int Scheduled, int Visited, DateTimeOffset DueAt);
