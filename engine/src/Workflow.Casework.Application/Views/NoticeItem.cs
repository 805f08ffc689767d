namespace Workflow.Casework.Application.Views;

/// <summary>One item's result on the notice; for a refusal, the reasons and when the written notice is due.</summary>
public sealed record NoticeItem(string ItemName, string ResultName, string? DecidedBy, string? Reasons, DateTimeOffset? DecidedAt, DateTimeOffset? WrittenNoticeDueAt);
