namespace Workflow.Engine.Persistence.Messages;

/// <summary>A page of a user's messages, newest first, with the totals the pager and the header need.</summary>
public sealed record MessagePage(IReadOnlyList<MessageRecord> Messages, int Total, int Unread);
