using MassTransit;

namespace Workflow.Engine.Messaging.Tests.Inbound;

/// <summary>Completes when the bus has finished <paramref name="expected"/> deliveries, consumed, rescued or faulted: the test's wait, instead of a sleep.</summary>
public sealed class ReceiveCounter(int expected) : IReceiveObserver
{
    private int _done;

    public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Count();

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Count();

    private Task Count()
    {
        if (Interlocked.Increment(ref _done) >= expected)
        {
            Finished.TrySetResult();
        }
        return Task.CompletedTask;
    }
}
