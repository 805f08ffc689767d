using Dapper;
using Microsoft.Data.SqlClient;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>
/// A live SQL Server from <see cref="Servers.SqlServer"/> (opt-in): a fresh database per test, dropped afterwards.
/// Plans come from <c>SET STATISTICS PROFILE ON</c>, which returns the executed plan after the rows.
/// </summary>
public sealed class SqlServerFixture : IStoreFixture
{
    public async Task<TestDatabase> CreateDatabaseAsync(bool migrate = true)
    {
        var admin = Servers.SqlServer;
        var name = $"wft_{Guid.NewGuid():N}"[..16];
        await using (var connection = new SqlConnection(admin))
        {
            await connection.ExecuteAsync($"CREATE DATABASE [{name}]");
        }
        var cs = new SqlConnectionStringBuilder(admin) { InitialCatalog = name }.ConnectionString;
        return await TestDatabase.CreateAsync(new PersistenceOptions().UseSqlServer(cs), async () =>
        {
            SqlConnection.ClearAllPools();
            await using var connection = new SqlConnection(admin);
            await connection.ExecuteAsync($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}];");
        }, migrate);
    }

    public async Task AnalyzeAsync(TestDatabase database) => await database.ExecuteAsync("UPDATE STATISTICS wf_tasks WITH FULLSCAN");

    public async Task<IReadOnlyList<string>> ExplainAsync(TestDatabase database, string sql, DynamicParameters parameters)
    {
        await using var connection = await database.Main.OpenConnectionAsync(default, forWriting: false);
        await connection.ExecuteAsync("SET STATISTICS PROFILE ON");
        using var results = await connection.QueryMultipleAsync(sql, parameters);
        await results.ReadAsync(); // the query's own rows
        var plan = (await results.ReadAsync<ProfileRow>()).Select(r => r.StmtText).ToList();
        await connection.ExecuteAsync("SET STATISTICS PROFILE OFF");
        return plan;
    }

    public void AssertNoTaskScan(IReadOnlyList<string> plan, string query)
    {
        var text = string.Join("\n", plan);
        Assert.False(text.Contains("Table Scan(OBJECT:", StringComparison.Ordinal) || text.Contains("[pk_wf_tasks]", StringComparison.Ordinal)
            && text.Contains("Clustered Index Scan", StringComparison.Ordinal), $"{query}: the plan scans wf_tasks:\n{text}");
        Assert.True(text.Contains("[ix_wf_tasks_", StringComparison.Ordinal), $"{query}: expected a wf_tasks inbox index, but the plan is:\n{text}");
    }

    public async Task AllowAuditTamperingAsync(TestDatabase database) => await database.ExecuteAsync(
        "DISABLE TRIGGER tr_wf_events_append_only ON wf_events; DISABLE TRIGGER tr_cw_audit_append_only ON cw_audit");

    private sealed class ProfileRow
    {
        public string StmtText { get; set; } = "";
    }
}
