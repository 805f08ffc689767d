using System.Text.Json;
using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Messages;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Casework.Application.Cover;

/// <summary>
/// Leave cover (代理, issue 12): a user names a deputy from their own office for a date range, or clears it. Each set
/// and clear is audited (<c>deputy.set</c>, <c>deputy.clear</c>) and takes effect at once on this host; others read it
/// at their next sync (<see cref="RefreshAsync"/>). The rule of who may cover, and what cover does, is <see cref="LeaveCover"/>.
/// </summary>
public sealed class DeputyService(DeputyStore store, CaseworkDirectory directory, WorkflowExecutor engine, TimeProvider time)
{
    public DateOnly Today => ChinaTime.DayOf(time.GetUtcNow());

    public async Task<DeputyOverview> OverviewAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var today = Today;
        var rows = await store.ForUserAsync(caller.Id, today, cancellationToken).ConfigureAwait(false);
        var views = rows.Select(r => View(r, today)).ToList();
        var eligible = directory.Organisation.FindUser(caller.Id) is { } user
            ? LeaveCover.Eligible(directory.Organisation, user).Select(u => new DeputyCandidate(u.Id, u.Name)).ToList()
            : [];
        return new DeputyOverview(views.Where(v => v.UserId == caller.Id).ToList(), views.Where(v => v.DeputyId == caller.Id && !v.Cleared).ToList(), eligible);
    }

    /// <summary>Names <paramref name="deputyId"/> for the range; the Chinese reason when it is refused.</summary>
    public async Task<(DeputyView? Set, string? Refusal)> SetAsync(Caller caller, string? deputyId, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (directory.Organisation.FindUser(caller.Id) is not { } user)
        {
            return (null, "组织机构中没有您的任职记录，不能设置代理");
        }
        if (LeaveCover.Refuse(directory.Organisation, user, deputyId, from, to, Today) is { } refusal)
        {
            return (null, refusal);
        }
        var now = time.GetUtcNow();
        var record = new DeputyRecord(Guid.NewGuid().ToString("N"), caller.Id, deputyId!, from!.Value, to!.Value, now, caller.Id);
        await store.AddAsync(record, Audit(caller, "deputy.set", record.Id, new { user = caller.Id, deputy = record.DeputyId, from = record.StartsOn, to = record.EndsOn }),
            cancellationToken).ConfigureAwait(false);
        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return (View(record, Today), null);
    }

    /// <summary>
    /// Ends the caller's arrangement <paramref name="id"/>; false when it is not theirs or was cleared already. The deputy
    /// stops standing at once on every open task the cover reached (<see cref="EndCover"/>, one command per task, recorded
    /// on the case as 结束代理), before the arrangement is cleared: a failure part-way leaves the arrangement standing, and
    /// clearing it again ends the rest. Tasks opened in between are ended after the clear.
    /// </summary>
    public async Task<bool> ClearAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var arrangement = (await store.ForUserAsync(caller.Id, DateOnly.MinValue, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(r => r.Id == id && r.UserId == caller.Id && r.ClearedAt is null);
        if (arrangement is null)
        {
            return false;
        }
        await EndCoverAsync(caller, arrangement.DeputyId, cancellationToken).ConfigureAwait(false);
        var cleared = await store.ClearAsync(caller.Id, id, caller.Id, time.GetUtcNow(), Audit(caller, "deputy.clear", id, new { user = caller.Id }),
            cancellationToken).ConfigureAwait(false);
        if (cleared)
        {
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
            await EndCoverAsync(caller, arrangement.DeputyId, cancellationToken).ConfigureAwait(false);
        }
        return cleared;
    }

    /// <summary>Reads the arrangements in force now or later into the directory that resolves new tasks.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var current = await store.CurrentAsync(Today, cancellationToken).ConfigureAwait(false);
        directory.Use(current.Select(r => new DeputyArrangement(r.Id, r.UserId, r.DeputyId, r.StartsOn, r.EndsOn)).ToList());
    }

    /// <summary>
    /// Each open task where the deputy's cover has not ended: a task where they cover someone else is refused by the engine
    /// and left as it is; a task that moved on in between is no matter either (a refusal is a value); ending a cover
    /// that ended already is accepted and changes nothing, so ending twice is harmless.
    /// </summary>
    private async Task EndCoverAsync(Caller caller, string deputyId, CancellationToken cancellationToken)
    {
        foreach (var (instanceId, taskId) in await store.CoveredTasksAsync(deputyId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            await engine.ExecuteAsync(new EndCover(instanceId, taskId, deputyId, caller.Id, caller.Actor) { RequestKey = $"end-cover:{taskId}:{deputyId}" },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private DeputyView View(DeputyRecord r, DateOnly today) => new(r.Id, r.UserId, NameOf(r.UserId), r.DeputyId, NameOf(r.DeputyId), r.StartsOn, r.EndsOn,
        r.ClearedAt is not null, r.ClearedAt is null && r.StartsOn <= today && today <= r.EndsOn);

    private string NameOf(string userId) => directory.Organisation.UserName(userId);

    private CaseworkAuditEntry Audit(Caller caller, string action, string id, object detail) =>
        new(Guid.NewGuid().ToString("N"), time.GetUtcNow(), caller.Id, action, "deputy", id, JsonSerializer.Serialize(detail));
}
