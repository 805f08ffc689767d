namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// 待办到达 (message type <c>TaskArrived</c>, published): a task opened, for the people who may act on it (a department's
/// task also gets <see cref="TaskAssigned"/> on its own queue, for its system). <paramref name="Recipients"/> are the
/// people it names; <see cref="OpenTo"/> says which office is told too.
/// </summary>
public sealed record TaskArrivedNotice(
    string TaskId,
    string InstanceId,
    string Title,
    IReadOnlyList<string> Recipients,
    string? Post,
    string? DivisionCode,
    DateTimeOffset? DueAt,
    DateTimeOffset At)
{
    /// <summary>The department the task is referred to, if any.</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>
    /// Who else is told besides <see cref="Recipients"/> (the people <c>TaskAuthority.Named</c> names): the office that may
    /// take the task without being named (<c>TaskAuthority.OpenOffice</c>): <c>post</c> (Post in DivisionCode, any
    /// division when it names none), <c>department</c> (DepartmentCode), or <c>none</c> (held, named people only, or
    /// nobody eligible after 回避). Null in notices written before it existed, when empty recipients meant the post.
    /// </summary>
    public string? OpenTo { get; init; }
}

