using Workflow.Casework;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Queries;

namespace Workflow.Web.Casework;

/// <summary>
/// Whether a caller may see a case, by <see cref="CaseAccessPolicy"/> over the case's facts. Everything else is "not
/// found", never "forbidden", so an outsider cannot even learn that a case number exists.
/// </summary>
public sealed class CaseAccess(WorkflowQueries queries)
{
    public async Task<InstanceView?> VisibleAsync(Caller caller, string instanceId, CancellationToken cancellationToken)
    {
        var view = await queries.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return view is not null && Sees(caller, view) ? view : null;
    }

    /// <summary>
    /// A row of a list read by its office (an inbox, the supervision list): child-protection cases stay out for
    /// everyone the policy does not let see them. Only a caller without a post those cases name needs the case looked at.
    /// </summary>
    public async Task<bool> RowVisibleAsync(Caller caller, string instanceId, CancellationToken cancellationToken) =>
        CaseAccessPolicy.ChildProtectionPosts.Any(caller.Subject.Holds)
        || await VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is not null;

    public static bool Sees(Caller caller, InstanceView view) => CaseAccessPolicy.MaySee(caller.Subject, Facts(view));

    /// <summary>
    /// One inbox row, judged by its office alone (an office's area, or a department's referral in its own area) when
    /// the list cannot load each case.
    /// </summary>
    public static bool SeesRow(Caller caller, string? divisionCode, string? departmentCode) =>
        CaseAccessPolicy.MaySee(caller.Subject, new CaseFacts(divisionCode is { } d ? [d] : [], false, null, [],
            [new TaskFacts(divisionCode, departmentCode, true, [], [])]));

    /// <summary>A case as the policy reads it: its division, the child-protection flag of its input, its tasks.</summary>
    public static CaseFacts Facts(InstanceView view) => new(
        view.DivisionCode is { } division ? [division] : [],
        view.Input?["childProtection"] is System.Text.Json.Nodes.JsonValue flag && flag.TryGetValue<bool>(out var child) && child,
        null,
        [],
        view.Tasks.Select(Facts).ToList());

    private static TaskFacts Facts(TaskView t)
    {
        var handlers = (t.ClaimedBy ?? t.Holder) is { } held ? [held] : t.Candidates.Select(c => c.UserId).ToList();
        var people = handlers.Concat(t.Signers.Select(s => s.UserId)).Concat(t.Copies)
            .Concat(new[] { t.ClaimedBy, t.Holder, t.DelegatedBy, t.ActorId }.OfType<string>()).Distinct().ToList();
        return new TaskFacts(t.Assignee.DivisionCode, t.Assignee.DepartmentCode, t.Status == TaskLifecycle.Open, handlers, people);
    }
}
