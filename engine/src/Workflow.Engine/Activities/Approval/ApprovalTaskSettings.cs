namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// <c>Gov.ApprovalTask</c> settings, compiled at load. <paramref name="Post"/> at <paramref name="Level"/> of the
/// case's division may decide, within <paramref name="TimeLimit"/> of <paramref name="TimeLimitUnit"/> (working days
/// unless the definition says otherwise). <paramref name="Mode"/> makes it a
/// multi-signer step (会签/或签/票签/依次审批) signed by <paramref name="Signers"/>, or else by the resolved candidates.
/// </summary>
internal sealed record ApprovalTaskSettings(
    string Title,
    string Post,
    string Level,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    int? TimeLimit,
    string Mode = "single",
    IReadOnlyList<string>? Signers = null,
    double? Threshold = null,
    Runtime.Events.TimeLimitUnit TimeLimitUnit = Runtime.Events.TimeLimitUnit.WorkingDays);
