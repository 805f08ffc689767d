using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.DurableBench;

/// <summary>A fresh, migrated database for one run: a SQLite file, or a PostgreSQL schema on WORKFLOW_PG. Removed at the end.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchDatabase(PersistenceOptions options, WorkflowDatabase database, Func<Task> drop, string label)
    {
        Options = options;
        Database = database;
        _drop = drop;
        Label = label;
    }

    public PersistenceOptions Options { get; }

    public WorkflowDatabase Database { get; }

    /// <summary>SQLite file path or PostgreSQL connection string of the run.</summary>
    public string Label { get; }

    public static async Task<BenchDatabase> CreateAsync(BenchOptions options)
    {
        PersistenceOptions persistence;
        Func<Task> drop;
        string label;
        if (options.Database == "sqlite")
        {
            var path = Path.Combine(options.Directory, $"wf-bench-{Guid.NewGuid():N}.db");
            persistence = new PersistenceOptions().UseSqlite($"Data Source={path}");
            label = path;
            drop = () =>
            {
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
                return Task.CompletedTask;
            };
        }
        else
        {
            var admin = options.PostgresConnectionString;
            var schema = $"wfbench_{Guid.NewGuid():N}"[..20];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.ExecuteAsync($"CREATE SCHEMA {schema}");
            }
            var cs = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, MaxPoolSize = 64 }.ConnectionString;
            persistence = new PersistenceOptions().UsePostgres(cs);
            label = cs;
            drop = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(admin);
                await connection.ExecuteAsync($"DROP SCHEMA {schema} CASCADE");
            };
        }
        var database = new WorkflowDatabase(persistence);
        await new SchemaMigrator(database).MigrateAsync();
        return new BenchDatabase(persistence, database, drop, label);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await _drop();
    }
}
