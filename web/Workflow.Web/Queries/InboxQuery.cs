namespace Workflow.Web.Queries;

/// <summary>
/// One of the inbox's indexed queries, chosen by which criterion is set: a user's claimed tasks, a department's
/// referrals, a post's unclaimed tasks in the listed offices (exact division codes), or else every overdue task.
/// </summary>
public sealed record InboxQuery(string? Assignee, string? Department, string? Post, IReadOnlyList<string> Divisions, int Limit);
