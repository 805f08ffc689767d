using System.Text.Json.Nodes;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Version conflicts, request keys and migrations, with two hosts on one database.</summary>
public abstract class ConcurrencyConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    [Fact]
    public async Task StaleVersion_ExecutorReturnsConflict_AndNothingIsWritten()
    {
        var task = EngineHost.OpenTask(await Host.StartAsync("case-1"));
        var slowStore = new PausingStore(SecondStore());
        var slowHost = new EngineHost(slowStore, Time);

        var loaded = slowStore.PauseNextLoad();
        var slow = slowHost.Run(new RecordDecision("case-1", task.TaskId, EngineHost.TownshipOfficer, "reject", "家庭收入超标"));
        await loaded;
        var fast = await Host.Run(new RecordDecision("case-1", task.TaskId, EngineHost.TownshipOfficer, "approve", null));
        slowStore.Release();
        var lost = await slow;

        Assert.True(fast.IsAccepted, fast.Rejection?.ToString());
        Assert.Equal(RejectionType.Conflict, lost.Rejection!.Type);
        var events = await Store.EventsAsync("case-1", default);
        Assert.Equal("approve", Assert.Single(events.OfType<DecisionRecorded>()).Outcome);
        Assert.Equal(fast.Instance!.Version, events.Count);
        Assert.Equal("Completed", (await Store.FindAsync(task.TaskId, default))!.Status);
        // The start's 待办 notice and the winner's referral (to the department's queue, and its 待办 notice); the loser wrote nothing.
        Assert.Equal(3, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_outbox"));
        Assert.True((await new Audit.AuditVerifier(Db.Main).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task StaleVersion_DirectCommit_ReturnsFalse()
    {
        await Host.StartAsync("case-1");
        var state = (await Store.LoadAsync("case-1", default))!;

        Assert.False(await Store.CommitAsync(new InstanceCommit(state, state.Version - 1, [], [], null, "Test"), default));
        Assert.False(await SecondStore().CommitAsync(new InstanceCommit(state, state.Version + 1, [], [], null, "Test"), default));
        Assert.Equal(state.Version, (await Store.EventsAsync("case-1", default)).Count);
    }

    [Fact]
    public async Task StartInstance_SameIdOnTwoHostsAtOnce_OneWins()
    {
        var slowStore = new PausingStore(SecondStore());
        var slowHost = new EngineHost(slowStore, Time);

        var loaded = slowStore.PauseNextLoad();
        var slow = slowHost.Run(new StartInstance("case-1", "dibao-mini", null, new JsonObject { ["divisionCode"] = TestDivisions.Village }));
        await loaded;
        await Host.StartAsync("case-1");
        slowStore.Release();

        Assert.Equal(RejectionType.Conflict, (await slow).Rejection!.Type);
        Assert.Single(await Store.ListAsync(CaseScope.Everything, 0, 10, default));
        Assert.True((await new Audit.AuditVerifier(Db.Main).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task RequestKey_Repeated_ReturnsTheFirstResult_AndAppliesOnce()
    {
        var task = EngineHost.OpenTask(await Host.StartAsync("case-1"));
        var decide = new RecordDecision("case-1", task.TaskId, EngineHost.TownshipOfficer, "approve", null) { RequestKey = "window-7:double-click" };

        var first = await Host.Run(decide);
        var second = await Host.Run(decide);
        var fromOtherHost = await new EngineHost(SecondStore(), Time).Run(decide);

        Assert.True(first.IsAccepted && !first.IsRepeat);
        Assert.True(second.IsRepeat && fromOtherHost.IsRepeat);
        Assert.Equal(Json(first.Events), Json(second.Events));
        Assert.Equal(Json(first.Events), Json(fromOtherHost.Events));
        Assert.Single((await Store.EventsAsync("case-1", default)).OfType<DecisionRecorded>());
        // A person's key is stored as theirs (RequestKeys): another person's same text is another request.
        var stored = (await Store.FindResultAsync(RequestKeys.Scoped(decide)!, default))!;
        Assert.Equal("caller:" + EngineHost.TownshipOfficer.Id + ":window-7:double-click", RequestKeys.Scoped(decide));
        Assert.Equal(nameof(RecordDecision), stored.CommandType);
        Assert.Equal("case-1", stored.InstanceId);
        Assert.Null(await Store.FindResultAsync("never-used", default));

        var misuse = await Host.Run(decide with { InstanceId = "case-2" });
        Assert.Equal((RejectionType.InvalidInput, "requestKey"), (misuse.Rejection!.Type, misuse.Rejection.Field));
    }

    [Fact]
    public async Task RequestKey_RacingOnTwoHosts_LoserGetsTheWinnersResult()
    {
        var task = EngineHost.OpenTask(await Host.StartAsync("case-1"));
        var decide = new RecordDecision("case-1", task.TaskId, EngineHost.TownshipOfficer, "approve", null) { RequestKey = "bus:redelivered-42" };
        var slowStore = new PausingStore(SecondStore());

        var loaded = slowStore.PauseNextLoad();
        var slow = new EngineHost(slowStore, Time).Run(decide);
        await loaded;
        var winner = await Host.Run(decide);
        slowStore.Release();
        var loser = await slow;

        Assert.True(winner.IsAccepted && !winner.IsRepeat);
        Assert.True(loser.IsAccepted && loser.IsRepeat, loser.Rejection?.ToString());
        Assert.Equal(Json(winner.Events), Json(loser.Events));
        Assert.Single((await Store.EventsAsync("case-1", default)).OfType<DecisionRecorded>());
    }

    [Fact]
    public async Task RequestKey_TakenWhenTheCommitArrives_RollsBackTheWholeCommit()
    {
        var one = await Host.StartAsync("case-1");
        var first = await Host.Run(new RecordDecision("case-1", EngineHost.OpenTask(one).TaskId, EngineHost.TownshipOfficer, "approve", null)
        {
            RequestKey = "form-submit-9",
        });
        Assert.True(first.IsAccepted);
        var before = await Host.StartAsync("case-2");
        var outboxBefore = await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_outbox");
        // A host that has not seen the key yet (its look-up came too early) commits with it: the store must refuse.
        var blind = new EngineHost(new KeyBlindStore(SecondStore()), Time);

        var result = await blind.Run(new RecordDecision("case-2", EngineHost.OpenTask(before).TaskId, EngineHost.TownshipOfficer, "approve", null)
        {
            RequestKey = "form-submit-9",
        });

        Assert.Equal(RejectionType.Conflict, result.Rejection!.Type);
        var after = (await Store.LoadAsync("case-2", default))!;
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Version, (await Store.EventsAsync("case-2", default)).Count);
        Assert.Equal("Open", (await Store.FindAsync(EngineHost.OpenTask(before).TaskId, default))!.Status);
        Assert.Equal(outboxBefore, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_outbox"));
        Assert.True((await new Audit.AuditVerifier(Db.Main).VerifyAsync()).IsIntact);
    }

    /// <summary>A store whose request-key look-up never finds anything: the executor then reaches the commit with a taken key.</summary>
    private sealed class KeyBlindStore(IInstanceStore inner) : IInstanceStore
    {
        public ValueTask<Workflow.Engine.State.InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken) =>
            inner.LoadAsync(instanceId, cancellationToken);

        public ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken) => inner.CommitAsync(commit, cancellationToken);

        public ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken) => ValueTask.FromResult<StoredResult?>(null);

        public void Invalidate(string instanceId) => inner.Invalidate(instanceId);
    }

    [Fact]
    public async Task Migrations_TwoHostsAtOnceOnAFreshDatabase_ApplyEachScriptOnce()
    {
        await using var fresh = await Fixture.CreateDatabaseAsync(migrate: false);
        var a = new SchemaMigrator(fresh.OpenHost());
        var b = new SchemaMigrator(fresh.OpenHost());

        var applied = await Task.WhenAll(Task.Run(() => a.MigrateAsync()), Task.Run(() => b.MigrateAsync()));

        var scripts = MigrationScripts.For(fresh.Main.Dialect).Select(m => m.Version).ToList();
        Assert.Equal(scripts, applied.SelectMany(v => v).Order());
        Assert.Equal(scripts.Count, await fresh.ScalarAsync<long>("SELECT COUNT(*) FROM wf_schema_versions"));
        Assert.Empty(await a.MigrateAsync());
        Assert.Equal(0, await fresh.ScalarAsync<long>("SELECT COUNT(*) FROM wf_tasks"));
    }
}
