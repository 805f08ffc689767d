namespace Workflow.Web.Api.Contracts;

/// <summary>How many of the caller's messages are unread.</summary>
public sealed record UnreadCount(int Unread);
