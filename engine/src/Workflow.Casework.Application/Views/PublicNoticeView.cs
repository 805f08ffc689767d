namespace Workflow.Casework.Application.Views;

/// <summary>A 公示 that is running: its bookmark (for objections) and when it ends.</summary>
public sealed record PublicNoticeView(string BookmarkId, string ActivityId, string? Title, DateTimeOffset? EndsAt);
