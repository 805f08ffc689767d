namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// 黄牌/红牌 (message type <c>ClockWarning</c>, published): a legal clock's limit is near (<c>Yellow</c>) or has passed
/// (<c>Red</c>). A step's clock names its task; the case's clock (<c>TaskId</c> null) warns the handlers of every open
/// task. <paramref name="Recipients"/> are the holders, or else the candidates; empty means everyone holding the post.
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
    DateTimeOffset At);
