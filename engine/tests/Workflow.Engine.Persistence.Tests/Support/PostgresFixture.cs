using Dapper;
using Npgsql;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>
/// The real PostgreSQL from <see cref="Servers.Postgres"/>: a fresh schema per test (through the connection's search
/// path), dropped afterwards. An unset or unreachable server fails the tests; they never skip.
/// </summary>
public sealed class PostgresFixture : IStoreFixture
{
    private readonly string _admin = Servers.Postgres;

    public async Task<TestDatabase> CreateDatabaseAsync(bool migrate = true)
    {
        var schema = $"wft_{Guid.NewGuid():N}"[..16];
        await using (var admin = new NpgsqlConnection(_admin))
        {
            await admin.ExecuteAsync($"CREATE SCHEMA {schema}");
        }
        var cs = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = schema }.ConnectionString;
        var options = new PersistenceOptions().UsePostgres(cs);
        return await TestDatabase.CreateAsync(options, async () =>
        {
            await using var admin = new NpgsqlConnection(_admin);
            await admin.ExecuteAsync($"DROP SCHEMA {schema} CASCADE");
        }, migrate);
    }

    public async Task AnalyzeAsync(TestDatabase database) => await database.ExecuteAsync("VACUUM ANALYZE wf_tasks");

    public async Task<IReadOnlyList<string>> ExplainAsync(TestDatabase database, string sql, DynamicParameters parameters)
    {
        await using var connection = await database.Main.OpenConnectionAsync(default, forWriting: false);
        return (await connection.QueryAsync<string>("EXPLAIN " + sql, parameters)).ToList();
    }

    /// <summary>An index, index-only or bitmap index scan on one of our indexes; never a sequential scan.</summary>
    public void AssertNoTaskScan(IReadOnlyList<string> plan, string query)
    {
        var text = string.Join("\n", plan);
        Assert.False(text.Contains("Seq Scan on wf_tasks", StringComparison.Ordinal), $"{query}: the plan scans wf_tasks:\n{text}");
        Assert.True(text.Contains("using ix_wf_tasks_", StringComparison.Ordinal) || text.Contains("Bitmap Index Scan on ix_wf_tasks_", StringComparison.Ordinal),
            $"{query}: expected one of the wf_tasks inbox indexes, but the plan is:\n{text}");
    }

    public async Task AllowAuditTamperingAsync(TestDatabase database) =>
        await database.ExecuteAsync("ALTER TABLE wf_events DISABLE TRIGGER tr_wf_events_append_only; ALTER TABLE cw_audit DISABLE TRIGGER tr_cw_audit_append_only");
}
