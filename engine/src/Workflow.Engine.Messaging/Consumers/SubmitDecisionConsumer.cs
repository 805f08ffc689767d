using MassTransit;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>A <see cref="SubmitDecision"/> from any host becomes a <see cref="RecordDecision"/> on whichever host takes it.</summary>
public sealed class SubmitDecisionConsumer(WorkflowExecutor executor, ILogger<SubmitDecisionConsumer> logger) : IConsumer<SubmitDecision>
{
    public Task Consume(ConsumeContext<SubmitDecision> context)
    {
        var m = context.Message;
        var actor = Actor.User(m.Actor.Id, m.Actor.Posts, m.Actor.DivisionCodes, m.Actor.Departments);
        var command = new RecordDecision(m.InstanceId, m.TaskId, actor, m.Outcome, m.Comment, m.Data) { RequestKey = m.RequestKey };
        return ConsumedCommands.ExecuteAsync(executor, command, context, logger);
    }
}
