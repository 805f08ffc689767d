using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>The conformance suite on SQLite, the default dialect, plus what only its single writer does: group commit.</summary>
public sealed class SqliteStoreTests(SqliteFixture fixture, ITestOutputHelper output) : StoreConformanceTests<SqliteFixture>(fixture, output)
{
    [Fact]
    public async Task GroupCommit_ConcurrentCommands_ShareTransactions_AndARefusedOneLeavesTheOthers()
    {
        for (var i = 0; i < 8; i++)
        {
            await Host.StartAsync($"old-{i}");
        }
        var stale = new List<InstanceCommit>();
        for (var i = 0; i < 8; i++)
        {
            var state = (await Store.LoadAsync($"old-{i}", default))!;
            stale.Add(new InstanceCommit(state, state.Version - 1, [], [], null, "Stale"));
        }
        var before = Db.Main.GroupCommitStatistics!.Value;

        var starts = Enumerable.Range(0, 40).Select(i => Task.Run(() => Host.StartAsync($"new-{i}"))).ToList();
        var refused = stale.Select(c => Task.Run(() => Store.CommitAsync(c, default).AsTask())).ToList();
        await Task.WhenAll(starts);
        var outcomes = await Task.WhenAll(refused);

        var after = Db.Main.GroupCommitStatistics!.Value;
        Assert.All(outcomes, Assert.False);
        Assert.Equal(48, after.Items - before.Items);
        Assert.True(after.Batches - before.Batches < after.Items - before.Items,
            $"{after.Items - before.Items} writes took {after.Batches - before.Batches} transactions: nothing was grouped.");
        Assert.Equal(48, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_instances"));
        Assert.True((await new Audit.AuditVerifier(Db.Main).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task CountBadge_ReadsThePostIndexAlone_NeverTheClusteredTable()
    {
        var divisions = new[] { "500113102000", "500113103000" };
        var plan = await Fixture.ExplainAsync(Db, TaskSql.For(Db.Main.Dialect).CountForPost(divisions.Length),
            DapperInstanceStore.PostParameters("民政办", divisions));

        Assert.Contains(plan, line => line.Contains("COVERING INDEX ix_wf_tasks_post_open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Store_Tables_AreClusteredOnTheirKeys()
    {
        foreach (var table in new[] { "wf_events", "wf_tasks", "wf_timers", "wf_task_users" })
        {
            var sql = await Db.ScalarAsync<string>($"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '{table}'");
            Assert.EndsWith("WITHOUT ROWID", sql.TrimEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Sqlite_File_IsInWalModeWithFullSync()
    {
        await using var connection = await Db.Main.OpenConnectionAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, (long?)await command.ExecuteScalarAsync()); // FULL
    }
}
