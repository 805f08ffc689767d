using System.Data.Common;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// The writer's connection and the grouped transaction it runs: every queued write in its own savepoint, one COMMIT for
/// all. A connection that failed is thrown away and opened again for the next batch.
/// </summary>
internal sealed class GroupTransaction(WorkflowDatabase database) : IAsyncDisposable
{
    private const string Savepoint = "wf_item";

    private DbConnection? _connection;

    /// <summary>Runs the batch and settles every write in it; true when its transaction committed or rolled back cleanly.</summary>
    public async Task<bool> RunAsync(List<QueuedWrite> batch)
    {
        DbTransaction transaction;
        try
        {
            _connection ??= await database.OpenConnectionAsync(default, forWriting: true).ConfigureAwait(false);
            transaction = await _connection.BeginTransactionAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await ResetConnectionAsync().ConfigureAwait(false);
            batch.ForEach(i => i.Fail(ex));
            return false;
        }

        // One write alone needs no savepoint: undoing it is undoing the transaction.
        var savepoints = batch.Count > 1;
        var keptAny = false;
        try
        {
            foreach (var item in batch)
            {
                if (savepoints)
                {
                    await Savepoints.SaveAsync(transaction, Savepoint).ConfigureAwait(false);
                }
                bool keep;
                try
                {
                    keep = await item.RunAsync(_connection, transaction).ConfigureAwait(false);
                }
                catch (Exception ex) when (savepoints)
                {
                    // Undo just this write; if even that fails, the transaction is lost and the outer catch fails the rest.
                    await Savepoints.RollbackAsync(transaction, Savepoint).ConfigureAwait(false);
                    await Savepoints.ReleaseAsync(transaction, Savepoint).ConfigureAwait(false);
                    item.Fail(ex);
                    continue;
                }
                if (savepoints)
                {
                    if (!keep)
                    {
                        await Savepoints.RollbackAsync(transaction, Savepoint).ConfigureAwait(false);
                    }
                    await Savepoints.ReleaseAsync(transaction, Savepoint).ConfigureAwait(false);
                }
                keptAny |= keep;
            }
            if (keptAny)
            {
                await transaction.CommitAsync().ConfigureAwait(false);
            }
            else
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
            }
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (!await TryRollbackAsync(transaction).ConfigureAwait(false))
            {
                await ResetConnectionAsync().ConfigureAwait(false);
            }
            await transaction.DisposeAsync().ConfigureAwait(false);
            foreach (var item in batch)
            {
                item.Fail(ex); // a write that already failed on its own keeps its own exception
            }
            return false;
        }
        foreach (var item in batch)
        {
            item.Succeed();
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<bool> TryRollbackAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            return false;
        }
    }

    private async Task ResetConnectionAsync()
    {
        if (_connection is not null)
        {
            try
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
            }
            catch (DbException)
            {
                // The connection is being thrown away because it failed; a second failure closing it changes nothing.
            }
            _connection = null;
        }
    }
}
