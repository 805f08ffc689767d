namespace Workflow.Web.Ui.Window;

/// <summary>One household row of the intake form.</summary>
public sealed class MemberInput
{
    public string? Name { get; set; }

    public string? Relation { get; set; }

    public string? IdNumber { get; set; }
}
