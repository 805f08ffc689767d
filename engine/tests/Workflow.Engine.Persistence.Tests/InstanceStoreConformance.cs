using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Ports;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Commits through the executor and loads: what every dialect stores and reads back.</summary>
public abstract class InstanceStoreConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    [Fact]
    public async Task Commit_ThroughExecutor_EveryStepLoadsBackTheSameSnapshot()
    {
        var other = SecondStore();

        var view = await Host.StartAsync("case-1");
        await AssertStoredAsync(other, view);
        view = await Host.ApproveAsync("case-1", EngineHost.TownshipOfficer);
        await AssertStoredAsync(other, view);
        view = await Host.ReplyAsync("case-1");
        await AssertStoredAsync(other, view);

        Time.Advance(TimeSpan.FromDays(8));
        var notice = view.Timers.Values.Single(t => t.BookmarkId is not null);
        var fired = await Host.Run(new FireTimer("case-1", notice.TimerId));
        Assert.True(fired.IsAccepted, fired.Rejection?.ToString());
        await AssertStoredAsync(other, fired.Instance!);
        view = await Host.ApproveAsync("case-1", EngineHost.DistrictOfficer);
        await AssertStoredAsync(other, view);

        Assert.Equal(["批准"], view.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        var summary = Assert.Single(await other.ListAsync(CaseScope.Everything, 0, 10, default));
        Assert.Equal(("case-1", "dibao-mini", 1, "Finished", TestDivisions.Village),
            (summary.InstanceId, summary.DefinitionId, summary.DefinitionVersion, summary.Status, summary.DivisionCode));
        Assert.Equal(view.CreatedAt, summary.CreatedAt);
    }

    /// <summary>
    /// The store keeps what it committed and copies it out while the row still matches: each load is a fresh object
    /// with the stored snapshot, changing one leaves the next alone, and another host's commit is seen.
    /// </summary>
    [Fact]
    public async Task Load_AfterOwnCommit_IsAFreshCopyOfTheRow_AndSeesAnotherHostsCommit()
    {
        await Host.StartAsync("case-1");
        var first = (await Store.LoadAsync("case-1", default))!;
        var second = (await Store.LoadAsync("case-1", default))!;
        Assert.NotSame(first, second);
        Assert.Equal(await StoredSnapshotAsync("case-1"), InstanceSnapshot.ToJson(first));

        first.Tasks.Values.First().Status = TaskLifecycle.Cancelled;
        first.Scopes.Values.First().Locals["scribble"] = 1;
        Assert.Equal(await StoredSnapshotAsync("case-1"), InstanceSnapshot.ToJson((await Store.LoadAsync("case-1", default))!));

        var otherHost = new EngineHost(SecondStore(), Time);
        var approved = await otherHost.ApproveAsync("case-1", EngineHost.TownshipOfficer);
        var loaded = (await Store.LoadAsync("case-1", default))!;
        Assert.Equal(approved.Version, loaded.Version);
        Assert.Equal(await StoredSnapshotAsync("case-1"), InstanceSnapshot.ToJson(loaded));

        var replied = await Host.ReplyAsync("case-1");
        Assert.Equal(await StoredSnapshotAsync("case-1"), InstanceSnapshot.ToJson(replied));
        Assert.Equal(InstanceSnapshot.ToJson(replied), InstanceSnapshot.ToJson((await Store.LoadAsync("case-1", default))!));
        Assert.Equal(InstanceSnapshot.ToJson(replied), InstanceSnapshot.ToJson((await otherHost.Store.LoadAsync("case-1", default))!));
    }

    private async Task<string> StoredSnapshotAsync(string id) =>
        Assert.Single(await Db.QueryAsync<string>("SELECT snapshot FROM wf_instances WHERE id = @id", new { id }));

    [Fact]
    public async Task Load_UnknownInstance_ReturnsNull_AndCommandIsNotFound()
    {
        Assert.Null(await Store.LoadAsync("nobody", default));
        var result = await Host.Run(new RecordDecision("nobody", "t", EngineHost.TownshipOfficer, "approve", null));
        Assert.Equal(Runtime.Rejections.RejectionType.NotFound, result.Rejection!.Type);
        Assert.Empty(await Store.EventsAsync("nobody", default));
    }

    [Fact]
    public async Task ListAsync_NewestCaseFirst_UpToTheLimit()
    {
        for (var i = 1; i <= 3; i++)
        {
            await Host.StartAsync($"case-{i}");
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        var list = await Store.ListAsync(CaseScope.Everything, 0, 2, default);

        Assert.Equal(["case-3", "case-2"], list.Select(s => s.InstanceId));
        Assert.All(list, s => Assert.Equal("Suspended", s.Status));
    }

    /// <summary>
    /// What a commit left behind: the stored snapshot is the live one, replaying the stored events rebuilds it, and
    /// the timer rows are exactly the instance's timers.
    /// </summary>
    private async Task AssertStoredAsync(DapperInstanceStore other, IInstanceView live)
    {
        var expected = InstanceSnapshot.ToJson(live);
        var loaded = await other.LoadAsync(live.InstanceId, default);
        Assert.NotNull(loaded);
        Assert.Equal(expected, InstanceSnapshot.ToJson(loaded));
        var events = await other.EventsAsync(live.InstanceId, default);
        Assert.Equal(live.Version, events.Count);
        Assert.Equal(expected, InstanceSnapshot.ToJson(EventAppliers.Replay(events)));
        var timerRows = await Db.QueryAsync<string>("SELECT timer_id FROM wf_timers WHERE instance_id = @id", new { id = live.InstanceId });
        Assert.Equal(live.Timers.Keys.Order(StringComparer.Ordinal), timerRows.Order(StringComparer.Ordinal));
        Assert.True((await new Audit.AuditVerifier(Db.Main).VerifyAsync(live.InstanceId)).IsIntact);
    }
}
