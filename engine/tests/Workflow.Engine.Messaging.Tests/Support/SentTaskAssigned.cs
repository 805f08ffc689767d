using System.Collections.Concurrent;
using MassTransit;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Engine.Messaging.Tests.Support;

/// <summary>
/// Records every TaskAssigned send. The harness's own Sent list is keyed by message id, so it would fold a
/// resend into the first send and could not prove "sent once".
/// </summary>
public sealed class SentTaskAssigned : ISendObserver
{
    public ConcurrentQueue<(Guid? MessageId, Uri? Destination, TaskAssigned Message)> Sends { get; } = new();

    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        if (context.Message is TaskAssigned m)
        {
            Sends.Enqueue((context.MessageId, context.DestinationAddress, m));
        }
        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
