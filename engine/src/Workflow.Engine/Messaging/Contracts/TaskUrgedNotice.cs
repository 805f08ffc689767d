namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// 催办 notification (message type <c>TaskUrged</c>): sent to the department's queue for a referral, published otherwise.
/// <paramref name="Recipients"/> are the holder, or else the candidates; empty means everyone holding the post.
/// </summary>
public sealed record TaskUrgedNotice(
    string TaskId,
    string InstanceId,
    string Title,
    string Message,
    string UrgedBy,
    IReadOnlyList<string> Recipients,
    string? Post,
    string? DivisionCode,
    string? DepartmentCode,
    DateTimeOffset? DueAt,
    DateTimeOffset At);
