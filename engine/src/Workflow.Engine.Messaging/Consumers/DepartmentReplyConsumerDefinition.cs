using MassTransit;
using Microsoft.Extensions.Options;
using Workflow.Engine.Messaging.Configuration;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>
/// Department replies have a queue of their own, because it also accepts plain JSON (<c>content_type:
/// application/json</c>) from department systems that do not run MassTransit; on a shared queue such a body could not
/// say which contract it is.
/// </summary>
internal sealed class DepartmentReplyConsumerDefinition : ConsumerDefinition<DepartmentReplyConsumer>
{
    private readonly RetryOptions _retry;

    public DepartmentReplyConsumerDefinition(IOptions<MessagingOptions> options)
    {
        EndpointName = options.Value.DepartmentRepliesQueue;
        _retry = options.Value.Retry;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DepartmentReplyConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: false);
        consumerConfigurator.UseMessageRetry(r => Retries.Configure(r, _retry));
    }
}
