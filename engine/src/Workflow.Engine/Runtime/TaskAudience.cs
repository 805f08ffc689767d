namespace Workflow.Engine.Runtime;

/// <summary>Who an unheld task is open to (<see cref="TaskAuthority.AudienceOf"/>); the inbox's SQL reads it from <c>wf_tasks.audience</c>.</summary>
public enum TaskAudience
{
    /// <summary>An office: whoever holds the post in the division (any division when the task names none), or acts for the department.</summary>
    Office,

    /// <summary>Its named people (candidates, signers); a referral also its department.</summary>
    Named,

    /// <summary>Nobody: every candidate had to step aside (回避); it waits for a manual assignment.</summary>
    Nobody,
}
