using MassTransit;
using Microsoft.Extensions.Options;

namespace Workflow.Casework.Application.Inbound;

/// <summary>The ticket-closing subscription: its own queue (<c>{prefix}ticket-closing</c>) bound to the <c>WorkflowFinished</c> exchange.</summary>
public sealed class TicketClosingConsumerDefinition : ConsumerDefinition<TicketClosingConsumer>
{
    public TicketClosingConsumerDefinition(IOptions<InboundBusOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        EndpointName = options.Value.QueuePrefix + InboundBus.TicketClosing;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TicketClosingConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
}
