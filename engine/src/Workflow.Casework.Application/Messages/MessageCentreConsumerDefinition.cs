using System.Data.Common;
using MassTransit;

namespace Workflow.Casework.Application.Messages;

/// <summary>
/// One queue, <c>message-centre</c>, that every host's <see cref="MessageCentreConsumer"/> competes on, bound to each
/// notice's exchange, with a retry for database errors: writing a notice is idempotent, so a retry is always safe, and
/// a message that still fails is parked in <c>message-centre_error</c> rather than lost.
/// </summary>
public sealed class MessageCentreConsumerDefinition : ConsumerDefinition<MessageCentreConsumer>
{
    public const string Queue = "message-centre";

    public MessageCentreConsumerDefinition() => EndpointName = Queue;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<MessageCentreConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseMessageRetry(r =>
        {
            r.Handle<DbException>();
            r.Intervals(IdempotentRetry.Intervals);
        });
}
