namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// 黄牌/红牌 (message type <c>ClockWarning</c>, published): a legal clock's limit is near (<c>Yellow</c>) or has passed
/// (<c>Red</c>). A step's clock names its task; the case's clock (<c>TaskId</c> null) warns the handlers of every open
/// task, one notice per task. <paramref name="Recipients"/> are the holders, or else the candidates; empty means everyone holding the post.
/// </summary>
public sealed record ClockWarningNotice(
    string ClockId,
    string InstanceId,
    string? TaskId,
    string? Title,
    string Level,
    IReadOnlyList<string> Recipients,
    string? Post,
    string? DivisionCode,
    DateTimeOffset DueAt,
    DateTimeOffset At)
{
    /// <summary>The department the step is referred to, if any.</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>
    /// Who else is told besides <see cref="Recipients"/> (the people <c>TaskAuthority.Named</c> names): the office that may
    /// take the task without being named (<c>TaskAuthority.OpenOffice</c>): <c>post</c> (Post in DivisionCode, any
    /// division when it names none), <c>department</c> (DepartmentCode), or <c>none</c> (held, named people only, or
    /// nobody eligible after 回避). Null in notices written before it existed, when empty recipients meant the post.
    /// </summary>
    public string? OpenTo { get; init; }

    /// <summary>
    /// For the case's clock (<see cref="TaskId"/> null), the open task this notice warns about: one notice is written
    /// per open task, each with that task's people and office. Null for a step's clock and in notices written before it.
    /// </summary>
    public string? OpenTaskId { get; init; }
}
