namespace Workflow.Engine.Persistence.Messages;

/// <summary>
/// One notice in a user's message centre (站内消息, issue 12). <paramref name="MessageKey"/> is the bus message's own id
/// (the outbox row's), so the same notice delivered twice is one row per user. <paramref name="Kind"/> is one of
/// <c>MessageKinds</c>' codes; <paramref name="Title"/> and <paramref name="Body"/> are Chinese text already masked.
/// </summary>
public sealed record MessageRecord(
    string Id,
    string MessageKey,
    string UserId,
    string Kind,
    string Title,
    string Body,
    string? InstanceId,
    string? TaskId,
    string? ApplicationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
