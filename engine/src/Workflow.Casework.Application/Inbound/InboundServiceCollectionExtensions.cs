using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// Messages from other systems (issue 11): receiving, routing, administering and closing tickets. The host adds the
/// <see cref="Workflow.Engine.Persistence.Casework.InboundMessageStore"/>, the bus consumers (<see cref="InboundBus.AddInboundConsumers"/>)
/// and, with the benefits ledger, <see cref="ILifeEvents"/>; without it life events are parked.
/// </summary>
public static class InboundServiceCollectionExtensions
{
    public static IServiceCollection AddInbound(this IServiceCollection services)
    {
        services.AddOptions<InboundBusOptions>().BindConfiguration(InboundBusOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.QueuePrefix), "Workflow:Inbound:Bus:QueuePrefix 不能为空。").ValidateOnStart();
        services.AddSingleton<InboundRouter>();
        services.AddSingleton<InboundService>();
        services.AddSingleton<InboundAdministration>();
        services.AddSingleton<TicketClosing>();
        return services;
    }
}
