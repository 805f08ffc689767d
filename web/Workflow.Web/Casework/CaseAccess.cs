using Workflow.Casework;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Queries;

namespace Workflow.Web.Casework;

/// <summary>
/// Whether a caller may see a case, by <see cref="CaseAccessPolicy"/> over the case's facts. Everything else is "not
/// found", never "forbidden", so an outsider cannot even learn that a case number exists. Lists do not ask here: they
/// carry the caller's scope (<see cref="Caller.Scope"/>) in their SQL.
/// </summary>
public sealed class CaseAccess(WorkflowQueries queries)
{
    public async Task<InstanceView?> VisibleAsync(Caller caller, string instanceId, CancellationToken cancellationToken)
    {
        var view = await queries.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (view is null || !Sees(caller, view))
        {
            return null;
        }
        return CaseAccessPolicy.SeesOnlyFacts(caller.Subject, Facts(view)) ? view.FactsOnly() : view;
    }

    public static bool Sees(Caller caller, InstanceView view) => CaseAccessPolicy.MaySee(caller.Subject, Facts(view));

    /// <summary>A case as the policy reads it: its division, the child-protection flag of its input, its tasks.</summary>
    public static CaseFacts Facts(InstanceView view) => new(
        view.DivisionCode is { } division ? [division] : [],
        ChildProtection.Of(view.Input),
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
