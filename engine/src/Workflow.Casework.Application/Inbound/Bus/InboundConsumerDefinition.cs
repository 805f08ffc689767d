using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.Options;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// One queue per kind, <c>wf.inbound.{kind}</c>, because it also takes plain JSON (<c>content_type: application/json</c>)
/// from systems without MassTransit, whose body cannot say which contract it is. A body that cannot be deserialized,
/// and an envelope of a type this queue does not consume, are parked as messages (<see cref="ParkUnreadableFilter"/>)
/// instead of only landing in <c>_error</c> / <c>_skipped</c>; only when parking fails too do they go there.
/// </summary>
public sealed class InboundConsumerDefinition<T> : ConsumerDefinition<InboundConsumer<T>>
    where T : class
{
    public InboundConsumerDefinition(IOptions<InboundBusOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        EndpointName = options.Value.QueuePrefix + InboundBus.KindOf(typeof(T));
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<InboundConsumer<T>> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: false);
        var park = new ParkUnreadableFilter(InboundBus.KindOf(typeof(T)), context);
        endpointConfigurator.ConfigureError(x =>
        {
            x.UseFilter(park);
            x.UseFilter(new GenerateFaultFilter());
            x.UseFilter(new ErrorTransportFilter());
        });
        endpointConfigurator.ConfigureDeadLetter(x =>
        {
            x.UseFilter(park);
            x.UseFilter(new DeadLetterTransportFilter());
        });
        // A bad body never throws (the service parks it): what is retried is the database or the engine being unavailable.
        consumerConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
    }
}
