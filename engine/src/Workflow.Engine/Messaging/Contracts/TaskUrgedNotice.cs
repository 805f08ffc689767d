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
    DateTimeOffset At)
{
    /// <summary>
    /// Who else is told besides <see cref="Recipients"/> (the people <c>TaskAuthority.Named</c> names): the office that may
    /// take the task without being named (<c>TaskAuthority.OpenOffice</c>): <c>post</c> (Post in DivisionCode, any
    /// division when it names none), <c>department</c> (DepartmentCode), or <c>none</c> (held, named people only, or
    /// nobody eligible after 回避). Null in notices written before it existed, when empty recipients meant the post.
    /// </summary>
    public string? OpenTo { get; init; }
}

