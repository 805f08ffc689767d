namespace Workflow.Engine.Messaging.Contracts;

/// <summary>The values of a notice's <c>OpenTo</c>: which office is told besides the people the task names.</summary>
public static class NoticeOpenTo
{
    /// <summary>Whoever holds the notice's post in its division (any division when it names none).</summary>
    public const string Post = "post";

    /// <summary>Whoever acts for the notice's department.</summary>
    public const string Department = "department";

    /// <summary>Nobody besides the named people (a held task, one with candidates, or one open to nobody after 回避).</summary>
    public const string None = "none";
}
