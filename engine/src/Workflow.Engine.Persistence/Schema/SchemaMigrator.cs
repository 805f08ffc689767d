using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Workflow.Engine.Persistence.Schema;

/// <summary>
/// Applies the dialect's embedded scripts that the database has not seen, in one transaction under the dialect's
/// migration lock, and records each in <c>wf_schema_versions</c>. Safe to run from several hosts at once: the second
/// waits for the lock, then finds nothing left to do.
/// </summary>
public sealed partial class SchemaMigrator(WorkflowDatabase database, ILogger<SchemaMigrator>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<SchemaMigrator>.Instance;

    /// <summary>Migrates the database; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var dialect = database.Dialect;
        var scripts = MigrationScripts.For(dialect);
        var sql = SchemaSql.For(dialect);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var lockSql = dialect.MigrationLockSql;
        if (lockSql.Length > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(lockSql, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        await connection.ExecuteAsync(new CommandDefinition(sql.CreateSchemaVersions, transaction: transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(sql.AppliedVersions, transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false)).ToHashSet();

        var now = new List<int>();
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            foreach (var batch in dialect.SplitScript(script.Script))
            {
                await connection.ExecuteAsync(new CommandDefinition(batch, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            await connection.ExecuteAsync(new CommandDefinition(sql.RecordVersion,
                new { version = script.Version, name = script.Name, applied_at = TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            now.Add(script.Version);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var version in now)
        {
            LogApplied(_logger, dialect.Name, version);
        }
        return now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Dialect} schema migration {Version}")]
    private static partial void LogApplied(ILogger logger, string dialect, int version);
}
