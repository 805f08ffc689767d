using Dapper;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>One database server for a conformance subclass: it makes a fresh database per test and explains queries.</summary>
public interface IStoreFixture
{
    /// <summary>A fresh database, migrated unless <paramref name="migrate"/> is false.</summary>
    Task<TestDatabase> CreateDatabaseAsync(bool migrate = true);

    /// <summary>Refreshes planner statistics after seeding (ANALYZE).</summary>
    Task AnalyzeAsync(TestDatabase database);

    /// <summary>The plan of <paramref name="sql"/> as the server prints it, one line per node.</summary>
    Task<IReadOnlyList<string>> ExplainAsync(TestDatabase database, string sql, DynamicParameters parameters);

    /// <summary>Fails when <paramref name="plan"/> reads all of wf_tasks instead of an index.</summary>
    void AssertNoTaskScan(IReadOnlyList<string> plan, string query);

    /// <summary>Lets a test rewrite wf_events and cw_audit, as someone with DDL rights could: disables the append-only triggers.</summary>
    Task AllowAuditTamperingAsync(TestDatabase database);
}
