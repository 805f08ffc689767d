using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Monitoring;
using Workflow.Engine.Persistence.Writing;

namespace Workflow.Engine.Persistence;

/// <summary>
/// One database as the durable runtime sees it: its dialect, a pooled data source for reads, and the path writes take
/// (a group-commit writer on SQLite, a transaction per call elsewhere). A host has one; two hosts on one database have
/// one each, exactly as two processes would.
/// </summary>
public sealed class WorkflowDatabase : IAsyncDisposable
{
    private readonly string _setupSql;

    public WorkflowDatabase(PersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = PersistenceOptionsValidator.Check(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }
        Dialect = options.Dialect!;
        AuditChain = options.AuditKey is { } key ? AuditChain.Keyed(key) : AuditChain.Unkeyed;
        DataSource = Dialect.CreateDataSource(options.ConnectionString!);
        _setupSql = Dialect.ConnectionSetupSql;
        Writer = options.GroupCommit ?? Dialect.SingleWriter
            ? new GroupCommitWriter(this, options.MaxGroupCommitBatch)
            : new TransactionPerCall(this);
    }

    public SqlDialect Dialect { get; }

    /// <summary>How this database's event log and casework audit are chained (keyed when a key is configured).</summary>
    public AuditChain AuditChain { get; }

    public DbDataSource DataSource { get; }

    internal WritePath Writer { get; }

    /// <summary>Transactions and the writes they carried, when writes are grouped; null otherwise.</summary>
    public (long Batches, long Items)? GroupCommitStatistics => (Writer as GroupCommitWriter)?.Statistics;

    /// <summary>
    /// Opens a pooled connection. One that writes gets the dialect's per-connection setup first (SQLite: WAL,
    /// <c>synchronous=FULL</c>, busy timeout); readers skip it.
    /// </summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken, bool forWriting = true)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (forWriting && _setupSql.Length > 0)
        {
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(_setupSql, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        return connection;
    }

    /// <summary>Answers a trivial query on a fresh pooled reading connection; throws when the database does not answer.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition(MonitoringSql.For(Dialect).Ping, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on a writing connection, committed when it returns.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync().ConfigureAwait(false);
        await DataSource.DisposeAsync().ConfigureAwait(false);
    }
}
