namespace Workflow.Casework.Application.Messages;

/// <summary>The kinds of notice in the message centre (站内消息, issue 12): stored codes, with the one table of their Chinese names.</summary>
public static class MessageKinds
{
    public const string ToDo = "todo";
    public const string Urge = "urge";
    public const string Supervise = "supervise";
    public const string Copy = "copy";
    public const string ClockYellow = "clock-yellow";
    public const string ClockRed = "clock-red";
    public const string Result = "result";

    public static IReadOnlyList<string> All { get; } = [ToDo, Urge, Supervise, Copy, ClockYellow, ClockRed, Result];

    public static string NameOf(string kind) => kind switch
    {
        ToDo => "待办",
        Urge => "催办",
        Supervise => "督办",
        Copy => "抄送",
        ClockYellow => "黄牌预警",
        ClockRed => "红牌超期",
        Result => "办理结果",
        _ => "通知",
    };
}
