using MassTransit;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Casework.Application.Messages;

/// <summary>
/// The bus side of the message centre: every published notice a person should read becomes rows through
/// <see cref="NoticeWriter"/>. Thin, and safe to receive twice. A department's <see cref="TaskAssigned"/> is sent to the
/// department's own queue for its system, so it is not taken here; its officers get the <see cref="TaskArrivedNotice"/>.
/// </summary>
public sealed class MessageCentreConsumer(NoticeWriter writer) :
    IConsumer<TaskArrivedNotice>,
    IConsumer<TaskUrgedNotice>,
    IConsumer<TaskSupervisedNotice>,
    IConsumer<TaskCopiedNotice>,
    IConsumer<ClockWarningNotice>,
    IConsumer<WorkflowFinished>
{
    public Task Consume(ConsumeContext<TaskArrivedNotice> context) => writer.ArrivedAsync(Message(context), context.CancellationToken);

    public Task Consume(ConsumeContext<TaskUrgedNotice> context) => writer.UrgedAsync(Message(context), context.CancellationToken);

    public Task Consume(ConsumeContext<TaskSupervisedNotice> context) => writer.SupervisedAsync(Message(context), context.CancellationToken);

    public Task Consume(ConsumeContext<TaskCopiedNotice> context) => writer.CopiedAsync(Message(context), context.CancellationToken);

    public Task Consume(ConsumeContext<ClockWarningNotice> context) => writer.WarningAsync(Message(context), context.CancellationToken);

    public Task Consume(ConsumeContext<WorkflowFinished> context) => writer.ResultAsync(Message(context), context.CancellationToken);

    private static T Message<T>(ConsumeContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Message;
    }
}
