namespace Workflow.Engine.Persistence.Writing;

/// <summary>How writes reach the database: a transaction per call, or one writer that groups concurrent calls.</summary>
internal abstract class WritePath : IAsyncDisposable
{
    /// <summary>Runs <paramref name="work"/> in a transaction and returns its value once that transaction has committed.</summary>
    public abstract Task<T> RunAsync<T>(WriteWork<T> work, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
