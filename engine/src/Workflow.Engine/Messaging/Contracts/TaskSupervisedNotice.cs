namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// 督办 notification (message type <c>TaskSupervised</c>) for an overdue task: it names the handler and the office one
/// level above the task's (<paramref name="SuperiorDivisionCode"/>), which answers for it.
/// </summary>
public sealed record TaskSupervisedNotice(
    string TaskId,
    string InstanceId,
    string Title,
    string Reason,
    string SupervisedBy,
    string? Handler,
    string? DivisionCode,
    string? SuperiorDivisionCode,
    string Text,
    DateTimeOffset? DueAt,
    DateTimeOffset At)
{
    /// <summary>Who answers for the task now: the holder, or else the candidates (issue 12's message centre writes to them).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The post the task is for, when it is a post's task.</summary>
    public string? Post { get; init; }

    /// <summary>The department the task is referred to, if any.</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>
    /// Who else is told besides <see cref="Recipients"/>, as in <see cref="TaskUrgedNotice.OpenTo"/>: <c>post</c>,
    /// <c>department</c> or <c>none</c>. Null in notices written before it existed, when the recipients (or else the
    /// handler) were all that was told.
    /// </summary>
    public string? OpenTo { get; init; }
}
