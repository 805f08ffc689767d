namespace Workflow.Engine.Runtime.Events;

/// <summary>An approval step owned by a post, or a referral owned by a department.</summary>
public enum TaskKind
{
    Approval,
    Referral,
}
