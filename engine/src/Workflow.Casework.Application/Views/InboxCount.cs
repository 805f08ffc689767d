namespace Workflow.Casework.Application.Views;

/// <summary>The count badge: open, unclaimed tasks for a post in the given offices.</summary>
public sealed record InboxCount(string Post, IReadOnlyList<string> Divisions, int Count);
