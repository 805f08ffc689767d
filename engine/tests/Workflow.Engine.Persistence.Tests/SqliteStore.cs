using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Persistence.Writing;
using Xunit.Abstractions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The conformance suite on SQLite, the default dialect, one class per concern run one after another (one collection),
/// plus what only its single writer does: group commit.
/// </summary>
public static class SqliteStore
{
    private const string Serial = "sqlite-store";

    [Collection(Serial)]
    public sealed class Instances(SqliteFixture fixture, ITestOutputHelper output) : InstanceStoreConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class TaskUsers(SqliteFixture fixture, ITestOutputHelper output) : TaskUserConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Timers(SqliteFixture fixture, ITestOutputHelper output) : TimerConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class LongTimers(SqliteFixture fixture, ITestOutputHelper output) : LongTimerConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Outbox(SqliteFixture fixture, ITestOutputHelper output) : OutboxConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class DeadLetters(SqliteFixture fixture, ITestOutputHelper output) : DeadLetterConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Concurrency(SqliteFixture fixture, ITestOutputHelper output) : ConcurrencyConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class AuditTrail(SqliteFixture fixture, ITestOutputHelper output) : AuditConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Inbox(SqliteFixture fixture, ITestOutputHelper output) : InboxConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Scope(SqliteFixture fixture, ITestOutputHelper output) : ScopeConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Search(SqliteFixture fixture, ITestOutputHelper output) : SearchConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class InboxSearch(SqliteFixture fixture, ITestOutputHelper output) : InboxSearchConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class InboxAuthority(SqliteFixture fixture, ITestOutputHelper output) : InboxAuthorityConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Casework(SqliteFixture fixture, ITestOutputHelper output) : CaseworkStoreConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Dashboard(SqliteFixture fixture, ITestOutputHelper output) : DashboardConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Ledger(SqliteFixture fixture, ITestOutputHelper output) : LedgerConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Inbound(SqliteFixture fixture, ITestOutputHelper output) : InboundConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Phrases(SqliteFixture fixture, ITestOutputHelper output) : PhraseConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Messages(SqliteFixture fixture, ITestOutputHelper output) : MessageConformance<SqliteFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class SingleWriter(SqliteFixture fixture, ITestOutputHelper output) : StoreConformance<SqliteFixture>(fixture, output)
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
            // A write that holds the lead while the others queue behind it: on a fast disk commits can otherwise finish
            // before the next arrives, and whether anything groups would depend on the machine. It waits for the eight
            // stale commits, which go straight to the store; a start whose case id shares one of the executor's
            // per-case gates with another waits at that gate instead, so not all 40 starts need be queued yet.
            var writer = (GroupCommitWriter)Db.Main.Writer;
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var holding = writer.RunAsync<int>(async (_, _, _) =>
            {
                await release.Task;
                return new WriteOutcome<int>(true, 0);
            }, default);

            var starts = Enumerable.Range(0, 40).Select(i => Task.Run(() => Host.StartAsync($"new-{i}"))).ToList();
            var refused = stale.Select(c => Task.Run(() => Store.CommitAsync(c, default).AsTask())).ToList();
            await QueuedAsync(writer, 8);
            release.SetResult();
            await holding;
            await Task.WhenAll(starts);
            var outcomes = await Task.WhenAll(refused);

            var after = Db.Main.GroupCommitStatistics!.Value;
            Assert.All(outcomes, Assert.False);
            Assert.Equal(48 + 1, after.Items - before.Items);
            Assert.True(after.Batches - before.Batches < after.Items - before.Items,
                $"{after.Items - before.Items} writes took {after.Batches - before.Batches} transactions: nothing was grouped.");
            Assert.Equal(48, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_instances"));
            Assert.True((await new Audit.AuditVerifier(Db.Main).VerifyAsync()).IsIntact);
        }

        /// <summary>Yields until <paramref name="count"/> writes wait behind the leader; fails after 30 s of wall time.</summary>
        private static async Task QueuedAsync(GroupCommitWriter writer, int count)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (writer.Queued < count)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"only {writer.Queued} of {count} writes queued behind the leader");
                await Task.Yield();
            }
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

    [Collection(Serial)]
    public sealed class IntakeDrafts(SqliteFixture fixture, ITestOutputHelper output) : IntakeDraftConformance<SqliteFixture>(fixture, output);
}
