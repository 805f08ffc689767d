namespace Workflow.Casework;

/// <summary>How a sub-case runs: its own workflow definition (民政 items), or a referral to another department.</summary>
public enum SubCaseKind
{
    Workflow,
    Referral,
}
