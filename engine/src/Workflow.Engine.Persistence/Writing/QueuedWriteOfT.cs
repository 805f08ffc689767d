using System.Data.Common;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>A queued write whose work returns a value; the caller reads it, or the write's exception, once it is done.</summary>
internal sealed class QueuedWrite<T>(WriteWork<T> work) : QueuedWrite
{
    private T? _value;

    public override async Task<bool> RunAsync(DbConnection connection, DbTransaction transaction)
    {
        var outcome = await work(connection, transaction, CancellationToken.None).ConfigureAwait(false);
        _value = outcome.Value;
        return outcome.Keep;
    }

    public T Result()
    {
        ThrowIfFailed();
        return _value!;
    }
}
