using Dapper;
using Npgsql;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Web.Tests.Support;

/// <summary>
/// A freshly migrated database for one store test: SQLite in a temp file, or a schema of its own on the PostgreSQL of
/// <c>WORKFLOW_PG</c> (a missing or unreachable server fails the test, it never skips it). Disposing drops it.
/// </summary>
public sealed class MigratedDatabase : IAsyncDisposable
{
    public static TheoryData<string> Kinds => new() { "sqlite", "postgres" };

    private readonly Func<Task> _drop;

    private MigratedDatabase(WorkflowDatabase database, Func<Task> drop)
    {
        Database = database;
        _drop = drop;
    }

    public WorkflowDatabase Database { get; }

    public static async Task<MigratedDatabase> OpenAsync(string kind)
    {
        PersistenceOptions options;
        Func<Task> drop;
        if (kind == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"wf-store-{Guid.NewGuid():N}.db");
            options = new PersistenceOptions().UseSqlite($"Data Source={file}");
            drop = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + "*"))
                {
                    File.Delete(f);
                }
                return Task.CompletedTask;
            };
        }
        else
        {
            var admin = Servers.Postgres;
            var schema = $"wfs_{Guid.NewGuid():N}"[..16];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.ExecuteAsync($"CREATE SCHEMA {schema}");
            }
            options = new PersistenceOptions().UsePostgres(new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString);
            drop = async () =>
            {
                await using var connection = new NpgsqlConnection(admin);
                await connection.ExecuteAsync($"DROP SCHEMA {schema} CASCADE");
            };
        }
        var database = new WorkflowDatabase(options);
        await new SchemaMigrator(database).MigrateAsync();
        return new MigratedDatabase(database, drop);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await _drop();
    }
}
