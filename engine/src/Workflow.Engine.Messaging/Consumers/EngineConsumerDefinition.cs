using MassTransit;
using Microsoft.Extensions.Options;
using Workflow.Engine.Messaging.Configuration;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>
/// Puts an engine-command consumer on the shared engine queue, where every host's consumers compete for messages, and
/// gives it the transient retry. Because endpoints come from definitions rather than from transport code, the
/// in-memory bus, RabbitMQ and the test harness all build the same endpoints.
/// </summary>
internal sealed class EngineConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly RetryOptions _retry;

    public EngineConsumerDefinition(IOptions<MessagingOptions> options)
    {
        EndpointName = options.Value.EngineQueue;
        _retry = options.Value.Retry;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseMessageRetry(r => Retries.Configure(r, _retry));
}
