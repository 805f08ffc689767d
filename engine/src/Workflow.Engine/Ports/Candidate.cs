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

    /// <summary>
    /// When a cover candidate's standing ends: the end of the last day of the leave (China time), or earlier when the
    /// arrangement was cleared. Null for a candidate in their own right, and for covers recorded before it existed.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? Until { get; init; }

    /// <summary>True when this candidate may act at <paramref name="at"/>: always in their own right, a deputy only while the cover lasts.</summary>
    public bool StandsAt(DateTimeOffset? at) => Until is not { } until || at is not { } now || now < until;
}
