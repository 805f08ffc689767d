namespace Workflow.Engine.Persistence.Messages;

/// <summary>
/// Leave cover (代理, issue 12): while <paramref name="UserId"/> is away from <paramref name="StartsOn"/> to
/// <paramref name="EndsOn"/> (China dates, inclusive), new tasks for them also go to <paramref name="DeputyId"/>.
/// A cleared arrangement (<paramref name="ClearedAt"/>) covers nothing and is kept for the record.
/// </summary>
public sealed record DeputyRecord(
    string Id,
    string UserId,
    string DeputyId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ClearedAt = null,
    string? ClearedBy = null);
