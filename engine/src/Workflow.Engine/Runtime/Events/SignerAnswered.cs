namespace Workflow.Engine.Runtime.Events;

/// <summary>One signer of a multi-signer step (会签/或签/票签/依次审批) answered; the step decides when its rule is met.</summary>
public sealed record SignerAnswered(string TaskId, string UserId, string Outcome, string? Comment, DateTimeOffset At) : WorkflowEvent
{
    /// <summary>
    /// Leave cover (代理, issue 12): the deputy who gave <see cref="UserId"/>'s answer while they were away ("代 X 办理");
    /// null when the signer answered themselves, and in events written before cover existed.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? DeputyId { get; init; }
}
