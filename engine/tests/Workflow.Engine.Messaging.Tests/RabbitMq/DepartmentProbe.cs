using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Engine.Messaging.Tests.RabbitMq;

/// <summary>What the simulated department saw, and where it replies.</summary>
public sealed class DepartmentProbe(string repliesQueue)
{
    public string RepliesQueue => repliesQueue;

    public TaskCompletionSource<(Guid? MessageId, TaskAssigned Message)> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
