namespace Workflow.Web.Api.Contracts;

/// <summary>A page of the caller's messages, newest first, with the totals for a pager and the header's badge.</summary>
public sealed record MessageList(IReadOnlyList<MessageItem> Messages, int Page, int PageSize, int Total, int Unread);
