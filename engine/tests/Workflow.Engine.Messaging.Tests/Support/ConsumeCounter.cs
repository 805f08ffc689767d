using MassTransit;

namespace Workflow.Engine.Messaging.Tests.Support;

/// <summary>
/// Counts finished consumes of <typeparamref name="T"/>, redeliveries included (the harness's Consumed list is keyed by
/// message id and folds them together), and lets a test wait for the n-th.
/// </summary>
public sealed class ConsumeCounter<T> : IConsumeMessageObserver<T>
    where T : class
{
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task WhenCount(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_count >= count)
            {
                return Task.CompletedTask;
            }
            _waiters.Add((count, done));
        }
        return done.Task;
    }

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context) => Finished();

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Finished();

    private Task Finished()
    {
        List<TaskCompletionSource> ready;
        lock (_lock)
        {
            _count++;
            ready = _waiters.Where(w => w.Count <= _count).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => w.Count <= _count);
        }
        ready.ForEach(r => r.TrySetResult());
        return Task.CompletedTask;
    }
}
