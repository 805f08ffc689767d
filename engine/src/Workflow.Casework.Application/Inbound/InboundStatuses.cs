namespace Workflow.Casework.Application.Inbound;

/// <summary>The statuses of a message from another system, and the names an administrator reads.</summary>
public static class InboundStatuses
{
    public const string Received = "received";
    public const string Routed = "routed";
    public const string Parked = "parked";
    public const string Dismissed = "dismissed";

    public static IReadOnlyList<string> All { get; } = [Received, Routed, Parked, Dismissed];

    public static string DisplayName(string status) => status switch
    {
        Received => "处理中",
        Routed => "已处理",
        Parked => "待处理（已搁置）",
        Dismissed => "已忽略",
        _ => status,
    };
}
