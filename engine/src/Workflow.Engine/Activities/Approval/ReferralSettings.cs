using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary><c>Gov.Referral</c> settings: the department that owns the task, and what its reply may say.</summary>
internal sealed record ReferralSettings(
    string Title,
    string DepartmentCode,
    string DepartmentName,
    string Level,
    IReadOnlyList<string> Outcomes,
    int? TimeLimit,
    string? ResultVariable);
