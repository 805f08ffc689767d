using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// <c>Gov.ApprovalTask</c> settings, compiled at load. <paramref name="Post"/> at <paramref name="Level"/> of the
/// case's division may decide, within <paramref name="TimeLimit"/> working days.
/// </summary>
internal sealed record ApprovalTaskSettings(
    string Title,
    string Post,
    string Level,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    int? TimeLimit);
