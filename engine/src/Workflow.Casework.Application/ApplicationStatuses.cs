namespace Workflow.Casework.Application;

/// <summary>The parent case's statuses, and their Chinese names for people.</summary>
public static class ApplicationStatuses
{
    public const string Accepted = "accepted";
    public const string Processing = "processing";
    public const string Closed = "closed";
    public const string Refused = "refused";

    public static string NameOf(string status) => status switch
    {
        Accepted => "已受理",
        Processing => "办理中",
        Closed => "已办结",
        Refused => "不予受理",
        _ => status,
    };
}
