using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Processors;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Casework.Application.Operations;

/// <summary>
/// Which operation forms to offer a person (issue 12): each form's command is built as it would be sent
/// (<see cref="OperationCommands"/> for the host's grants), with placeholder text, and put to the engine's own checks
/// (<see cref="WorkflowExecutor.CheckAsync"/>) without running. A form is offered exactly where the handler would take
/// it, and its pick lists hold exactly the people the engine would accept; the rule stays in one place.
/// </summary>
public sealed class OperationOffers(WorkflowExecutor executor, CaseworkDirectory directory)
{
    /// <summary>Stands in for the text a form asks for: the checks only ask that it is there.</summary>
    private const string Placeholder = "预检";

    public async Task<TaskOffers> ForTaskAsync(Caller caller, TaskView task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(task);
        if (task.Status != TaskLifecycle.Open)
        {
            return TaskOffers.None;
        }
        var (i, t, actor) = (task.InstanceId, task.TaskId, caller.Actor);
        var people = directory.Organisation.Users.Where(u => u.Active && u.Id != caller.Id).ToList();
        var signers = task.Signers.Where(s => s.Outcome is null).Select(s => s.UserId).ToList();
        var granted = OperationGrants.MayAssign(caller);
        var probes = new List<WorkflowCommand>
        {
            new ClaimTask(i, t, actor),
            new ReleaseTask(i, t, actor),
            new WithdrawTask(i, t, actor),
            new RecordDeliberation(i, t, actor, [Placeholder], 0, 0, 0, Placeholder),
            new RequestSupplement(i, t, actor, [Placeholder], 60),
        };
        if (granted)
        {
            probes.AddRange(people.Select(u => OperationCommands.AddSigner(caller, i, t, u.Id, Placeholder).Command!));
            probes.AddRange(signers.Select(s => OperationCommands.RemoveSigner(caller, i, t, s, Placeholder).Command!));
            probes.AddRange(people.Select(u => OperationCommands.Assign(caller, i, t, u.Id, Placeholder).Command!));
        }
        var ok = (await executor.CheckAsync(i, probes, cancellationToken).ConfigureAwait(false)).Select(r => r is null).ToList();
        var at = 5;
        IReadOnlyList<T> Accepted<T>(IReadOnlyList<T> items)
        {
            var accepted = items.Where((_, n) => ok[at + n]).ToList();
            at += items.Count;
            return accepted;
        }
        IReadOnlyList<User> none = [];
        return new TaskOffers(ok[0], ok[1], ok[2], ok[3], ok[4] && task.Kind == TaskKind.Approval,
            granted ? Accepted(people) : none,
            granted ? Accepted(signers) : [],
            granted ? Accepted(people) : none);
    }

    public async Task<CaseOffers> ForCaseAsync(Caller caller, InstanceView instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(instance);
        var i = instance.InstanceId;
        if (instance.Status is not (WorkflowSubStatus.Executing or WorkflowSubStatus.Suspended))
        {
            return CaseOffers.None;
        }
        var probes = new List<WorkflowCommand?>
        {
            OperationCommands.EndCase(caller, i, CaseEndKind.Withdrawn, Placeholder).Command,
            OperationCommands.EndCase(caller, i, CaseEndKind.Terminated, Placeholder).Command,
        };
        foreach (var clock in instance.Clocks)
        {
            probes.Add(clock.PausedAt is null ? new PauseClock(i, clock.ClockId, "核对", caller.Actor) : new ResumeClock(i, clock.ClockId, caller.Actor));
            probes.Add(new ExtendDeadline(i, clock.ClockId, 1, caller.Actor, Placeholder));
        }
        probes.AddRange(instance.PublicNotices.Select(n => OperationCommands.Objection(caller, i, n.BookmarkId, Placeholder).Command));
        var sent = probes.OfType<WorkflowCommand>().ToList();
        var answers = new Queue<Rejection?>(await executor.CheckAsync(i, sent, cancellationToken).ConfigureAwait(false));
        // A command the grant refused was never built: it is not offered.
        var ok = probes.Select(p => p is not null && answers.Dequeue() is null).ToList();
        var clocks = instance.Clocks.Select((c, n) => new ClockOffer(c, c.PausedAt is null && ok[2 + 2 * n], c.PausedAt is not null && ok[2 + 2 * n], ok[3 + 2 * n])).ToList();
        var notices = instance.PublicNotices.Where((_, n) => ok[2 + 2 * instance.Clocks.Count + n]).ToList();
        return new CaseOffers(ok[0], ok[1], clocks.Where(c => c.Pause || c.Resume || c.Extend).ToList(), notices);
    }
}
