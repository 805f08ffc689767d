using Workflow.Casework;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Casework.Application;

/// <summary>
/// Whether a caller may see a case, by <see cref="CaseAccessPolicy"/> over the case's facts. Everything else is "not
/// found", never "forbidden", so an outsider cannot even learn that a case number exists. Lists do not ask here: they
/// carry the caller's scope (<see cref="Caller.Scope"/>) in their SQL.
/// </summary>
public sealed class CaseAccess(CaseReader cases)
{
    public async Task<InstanceView?> VisibleAsync(Caller caller, string instanceId, CancellationToken cancellationToken)
    {
        return For(caller, await cases.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The case as <paramref name="caller"/> may see it: null when they may not, its facts alone when they see it only to
    /// supervise (<see cref="CaseAccessPolicy.SeesOnlyFacts"/>), else the (masked) view. Every view of a case for a
    /// person passes here: the API, the case and task pages, the lists.
    /// </summary>
    public static InstanceView? For(Caller caller, InstanceView? view)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (view is null || !Sees(caller, view))
        {
            return null;
        }
        return CaseAccessPolicy.SeesOnlyFacts(caller.Subject, Facts(view, caller.At)) ? view.FactsOnly() : view;
    }

    public static bool Sees(Caller caller, InstanceView view) => CaseAccessPolicy.MaySee(caller.Subject, Facts(view, caller?.At));

    /// <summary>
    /// A case as the policy reads it at <paramref name="at"/>: its division, the child-protection flag of its input, its
    /// tasks (a deputy is named on one only while the cover lasts; null reads every cover as standing).
    /// </summary>
    public static CaseFacts Facts(InstanceView view, DateTimeOffset? at = null) => new(
        view.DivisionCode is { } division ? [division] : [],
        ChildProtection.Of(view.Input),
        null,
        [],
        view.Tasks.Select(t => Facts(t, at)).ToList());

    /// <summary>
    /// A task as the policy reads it. Its people are those the store's task-user rows and decider column hold (which the
    /// lists' SQL reads), so a list and a read agree: while it is open, the people <see cref="TaskAuthority.Named"/> names
    /// (its holder, else who may take it, the signers due and the deputies standing in for them); always the users it
    /// was copied to; and the officer who decided (or holds) it.
    /// </summary>
    private static TaskFacts Facts(TaskView t, DateTimeOffset? at)
    {
        var open = t.Status == TaskLifecycle.Open;
        var named = TaskAuthority.Named(t.Authority(at));
        IReadOnlyList<string> handlers = (t.ClaimedBy ?? t.Holder) is { } held ? [held] : named;
        IEnumerable<string> claimable = open ? named : [];
        var people = claimable.Concat(t.Copies).Concat(new[] { t.ActorId ?? t.Holder }.OfType<string>()).Distinct().ToList();
        return new TaskFacts(t.Assignee.DivisionCode, t.Assignee.DepartmentCode, open, handlers, people);
    }
}
