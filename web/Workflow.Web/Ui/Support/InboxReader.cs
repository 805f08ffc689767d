using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// Fills the four inbox tabs for one person. 待办 comes from the indexed inbox queries (each post in the person's own
/// offices, each department, tasks claimed by them, and tasks naming them as a candidate, signer or holder), so it has
/// no browsing bound; 抄送 is the user's copied tasks from the task-user rows; 已办 the tasks the user decided. Every
/// query carries the person's scope. 超期 is the part of 待办 past its deadline.
/// </summary>
public sealed class InboxReader(WorkflowQueries queries, IInboxQueries inbox, IDefinitionCatalog catalog, IWorkingCalendar calendar)
{
    /// <summary>Rows per inbox query.</summary>
    public const int Limit = 200;

    private readonly Dictionary<string, InstanceView?> _cases = new(StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<InboxTab, IReadOnlyList<InboxRow>>> ReadAsync(Caller caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var actor = caller.Actor;
        var open = new Dictionary<string, InboxItem>(StringComparer.Ordinal);
        var selections = new List<InboxQuery> { new(actor.Id, null, null, [], Limit) };
        if (actor.DivisionCodes.Count > 0)
        {
            selections.AddRange(actor.Posts.Select(p => new InboxQuery(null, null, p, actor.DivisionCodes, Limit)));
        }
        selections.AddRange(actor.Departments.Select(d => new InboxQuery(null, d, null, [], Limit)));
        foreach (var selection in selections)
        {
            foreach (var item in await queries.InboxAsync(selection, caller.Scope, now, cancellationToken).ConfigureAwait(false))
            {
                open.TryAdd(item.TaskId, item);
            }
        }
        foreach (var row in await inbox.ForUserAsync(actor.Id, UserInbox.ToDo, Limit, cancellationToken).ConfigureAwait(false))
        {
            open.TryAdd(row.TaskId, InboxItem.From(row));
        }

        var todo = new List<InboxRow>();
        foreach (var item in open.Values.OrderBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.OpenedAt))
        {
            // Only what the case page will open for them (the access policy): a row must not lead to the 404 page, nor show
            // a child-protection case, or another district's referral, to someone the policy does not let see it.
            if (await VisibleAsync(caller, item.InstanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
            {
                continue;
            }
            var task = instance.Tasks.FirstOrDefault(t => t.TaskId == item.TaskId);
            todo.Add(Row(instance, item.InstanceId, item.TaskId, item.Title, task?.Assignee is { } a ? DisplayNames.Assignee(a) : item.Post ?? item.DepartmentCode ?? "",
                item.OpenedAt, item.DueAt, now, null, null, null));
        }

        var decided = await queries.TasksAsync(caller.Scope, new TaskQuery(DecidedBy: actor.Id, Open: false, NewestFirst: true), 0, Limit, v => CaseAccess.For(caller, v),
            cancellationToken).ConfigureAwait(false);
        var done = new List<InboxRow>();
        foreach (var task in decided.OrderByDescending(t => t.ClosedAt))
        {
            if (await VisibleAsync(caller, task.InstanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
            {
                continue;
            }
            done.Add(Row(instance, task.InstanceId, task.TaskId, task.Title, DisplayNames.Assignee(task.Assignee), task.OpenedAt, task.DueAt, now,
                task.Outcome, task.Comment, task.ClosedAt));
        }

        var copied = new List<InboxRow>();
        foreach (var row in await inbox.ForUserAsync(actor.Id, UserInbox.Copied, Limit, cancellationToken).ConfigureAwait(false))
        {
            if (await VisibleAsync(caller, row.InstanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
            {
                continue;
            }
            var task = instance.Tasks.FirstOrDefault(t => t.TaskId == row.TaskId);
            copied.Add(Row(instance, row.InstanceId, row.TaskId, row.Title, task?.Assignee is { } a ? DisplayNames.Assignee(a) : row.Post ?? row.DepartmentCode ?? "",
                row.OpenedAt, row.DueAt, now, task?.Outcome, task?.Comment, task?.ClosedAt));
        }

        return new Dictionary<InboxTab, IReadOnlyList<InboxRow>>
        {
            [InboxTab.Todo] = todo,
            [InboxTab.Done] = done,
            [InboxTab.Copied] = copied,
            [InboxTab.Overdue] = todo.Where(r => r.DueAt is { } due && due <= now).ToList(),
        };
    }

    private async Task<InstanceView?> VisibleAsync(Caller caller, string instanceId, CancellationToken cancellationToken) =>
        CaseAccess.For(caller, await CaseAsync(instanceId, cancellationToken).ConfigureAwait(false));

    private async Task<InstanceView?> CaseAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!_cases.TryGetValue(instanceId, out var instance))
        {
            instance = await queries.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
            _cases[instanceId] = instance;
        }
        return instance;
    }

    private InboxRow Row(InstanceView? instance, string instanceId, string taskId, string title, string assignee, DateTimeOffset openedAt,
        DateTimeOffset? dueAt, DateTimeOffset now, string? outcome, string? comment, DateTimeOffset? closedAt) => new(
        instanceId,
        taskId,
        title,
        instance?.DefinitionId,
        instance is null ? null : catalog.Find(instance.DefinitionId, instance.DefinitionVersion)?.Name,
        instance?.ApplicantName,
        instance?.DivisionCode,
        assignee,
        openedAt,
        dueAt,
        closedAt is null ? Urgency.Of(dueAt, now, calendar) : Urgency.None,
        outcome,
        comment,
        closedAt);
}
