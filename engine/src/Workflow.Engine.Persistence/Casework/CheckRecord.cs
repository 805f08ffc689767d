namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// One data source's part of a 家庭经济状况核对: <paramref name="Status"/> is <c>pending</c>, <c>answered</c> or
/// <c>timed-out</c> (no answer after the last attempt; a caseworker follows it up by hand).
/// </summary>
public sealed record CheckRecord(
    string Id,
    string ApplicationId,
    string Source,
    string Status,
    int Attempts,
    DateTimeOffset RequestedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? AnsweredAt,
    string? Result);
