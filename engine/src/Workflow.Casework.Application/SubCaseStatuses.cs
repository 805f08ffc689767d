namespace Workflow.Casework.Application;

/// <summary>A sub-case's statuses as the application's items table records them.</summary>
public static class SubCaseStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Closed = "closed";
    public const string Failed = "failed";
}
