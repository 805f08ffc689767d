using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// <c>Gov.FollowUpVisits</c> settings, compiled at load: <paramref name="Times"/> visits by <paramref name="Post"/> at
/// <paramref name="Level"/>, one every <paramref name="EveryDays"/> calendar days, each within an optional
/// <paramref name="TimeLimit"/> of <paramref name="TimeLimitUnit"/>.
/// </summary>
internal sealed record FollowUpVisitsSettings(
    string Title,
    string Post,
    string Level,
    int EveryDays,
    int Times,
    int? TimeLimit,
    TimeLimitUnit TimeLimitUnit);
