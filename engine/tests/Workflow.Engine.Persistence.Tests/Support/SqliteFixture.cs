using Dapper;
using Microsoft.Data.Sqlite;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>SQLite, the default dialect: a temp file per test, as the product runs (WAL, synchronous=FULL, group commit).</summary>
public sealed class SqliteFixture : IStoreFixture
{
    public Task<TestDatabase> CreateDatabaseAsync(bool migrate = true)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wf-store-{Guid.NewGuid():N}.db");
        var options = new PersistenceOptions().UseSqlite($"Data Source={path}");
        return TestDatabase.CreateAsync(options, () =>
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
            return Task.CompletedTask;
        }, migrate);
    }

    public async Task AnalyzeAsync(TestDatabase database) => await database.ExecuteAsync("ANALYZE wf_tasks");

    public async Task<IReadOnlyList<string>> ExplainAsync(TestDatabase database, string sql, DynamicParameters parameters)
    {
        await using var connection = await database.Main.OpenConnectionAsync(default, forWriting: false);
        var rows = await connection.QueryAsync<PlanRow>("EXPLAIN QUERY PLAN " + sql, parameters);
        return rows.Select(r => r.Detail).ToList();
    }

    /// <summary>SQLite says SEARCH for an index lookup and SCAN for walking a whole table or index.</summary>
    public void AssertNoTaskScan(IReadOnlyList<string> plan, string query)
    {
        var onTasks = plan.Where(l => l.Contains("wf_tasks", StringComparison.Ordinal)).ToList();
        Assert.True(onTasks.Count > 0, $"{query}: the plan does not read wf_tasks at all:\n{string.Join("\n", plan)}");
        Assert.True(onTasks.All(l => l.StartsWith("SEARCH wf_tasks USING", StringComparison.Ordinal) && l.Contains("INDEX ix_wf_tasks_", StringComparison.Ordinal)),
            $"{query}: expected index searches only, but the plan is:\n{string.Join("\n", plan)}");
    }

    public async Task AllowAuditTamperingAsync(TestDatabase database)
    {
        await database.ExecuteAsync("DROP TRIGGER tr_wf_events_no_update");
        await database.ExecuteAsync("DROP TRIGGER tr_wf_events_no_delete");
        await database.ExecuteAsync("DROP TRIGGER tr_cw_audit_no_update");
        await database.ExecuteAsync("DROP TRIGGER tr_cw_audit_no_delete");
    }

    private sealed class PlanRow
    {
        public string Detail { get; set; } = "";
    }
}
