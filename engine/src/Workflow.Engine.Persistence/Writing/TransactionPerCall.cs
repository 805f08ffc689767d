namespace Workflow.Engine.Persistence.Writing;

/// <summary>Each write opens a pooled connection and commits its own transaction (PostgreSQL, SQL Server).</summary>
internal sealed class TransactionPerCall(WorkflowDatabase database) : WritePath
{
    public override async Task<T> RunAsync<T>(WriteWork<T> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var outcome = await work(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (outcome.Keep)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
        return outcome.Value;
    }
}
