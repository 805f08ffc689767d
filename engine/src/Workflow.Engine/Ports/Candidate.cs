namespace Workflow.Engine.Ports;

/// <summary>A user who may claim a task, and why (for example "持有岗位 审核 @ 510722103000").</summary>
public sealed record Candidate(string UserId, string Reason)
{
    /// <summary>
    /// Leave cover (代理, issue 12): the user this candidate stands in for while they are away; what they do on the task
    /// is recorded as "代 X 办理". Null for a candidate in their own right; absent in events written before cover existed.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? CoverFor { get; init; }
}
