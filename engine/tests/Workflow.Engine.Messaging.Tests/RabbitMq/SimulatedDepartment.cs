using MassTransit;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Engine.Messaging.Tests.RabbitMq;

/// <summary>
/// A department's own system on MassTransit: it takes each TaskAssigned from its queue and approves it by sending a
/// DepartmentReply to the engine's replies queue, quoting the task and a request key of its own.
/// </summary>
public sealed class SimulatedDepartment(DepartmentProbe probe) : IConsumer<TaskAssigned>
{
    public async Task Consume(ConsumeContext<TaskAssigned> context)
    {
        var task = context.Message;
        probe.Received.TrySetResult((context.MessageId, task));
        var endpoint = await context.GetSendEndpoint(new Uri($"queue:{probe.RepliesQueue}"));
        await endpoint.Send(new DepartmentReply(task.TaskId, task.InstanceId, task.DepartmentCode, "edu-zhang", "approve", "学籍核实无误",
            new() { ["enrolled"] = true }, $"edu-system:{task.TaskId}"));
    }
}
