namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// 待办到达 (message type <c>TaskArrived</c>, published): a task opened for people, not for a department (a department
/// gets <see cref="TaskAssigned"/> on its own queue). <paramref name="Recipients"/> are the resolved candidates; empty
/// means everyone holding <paramref name="Post"/> in <paramref name="DivisionCode"/>.
/// </summary>
public sealed record TaskArrivedNotice(
    string TaskId,
    string InstanceId,
    string Title,
    IReadOnlyList<string> Recipients,
    string? Post,
    string? DivisionCode,
    DateTimeOffset? DueAt,
    DateTimeOffset At);
