using Dapper;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>
/// A fresh, migrated database for one test (a temp SQLite file, a PostgreSQL schema), and a way to open more
/// <see cref="WorkflowDatabase"/>s on it, as more hosts would.
/// </summary>
public sealed class TestDatabase(PersistenceOptions options, Func<Task> drop) : IAsyncDisposable
{
    private readonly List<WorkflowDatabase> _opened = [];

    public static byte[] TestAuditKey { get; } = System.Text.Encoding.ASCII.GetBytes("store-conformance-tests-audit-key!!");

    public PersistenceOptions Options => options;

    public WorkflowDatabase Main { get; private set; } = null!;

    public static async Task<TestDatabase> CreateAsync(PersistenceOptions options, Func<Task> drop, bool migrate)
    {
        // Every store test runs on keyed chains, as the web host does.
        options.AuditKey ??= TestAuditKey;
        var db = new TestDatabase(options, drop);
        db.Main = db.OpenHost();
        if (migrate)
        {
            await new SchemaMigrator(db.Main).MigrateAsync();
        }
        return db;
    }

    /// <summary>Another host's view of the same database: its own pool and writer.</summary>
    public WorkflowDatabase OpenHost()
    {
        var host = new WorkflowDatabase(options);
        _opened.Add(host);
        return host;
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Main.OpenConnectionAsync(default);
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Main.OpenConnectionAsync(default, forWriting: false);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Main.OpenConnectionAsync(default, forWriting: false);
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"No value from: {sql}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _opened)
        {
            await host.DisposeAsync();
        }
        await drop();
    }
}
