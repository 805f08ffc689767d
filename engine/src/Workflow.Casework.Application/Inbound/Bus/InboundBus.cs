using MassTransit;
using Workflow.Casework;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// The bus side of messages from other systems: one queue per kind (<c>wf.inbound.{kind}</c>) and the ticket-closing
/// subscription to <c>WorkflowFinished</c> (<c>wf.inbound.ticket-closing</c>); the prefix is <see cref="InboundBusOptions"/>.
/// Pass <see cref="AddInboundConsumers"/> to <c>AddWorkflowMessaging</c>.
/// </summary>
public static class InboundBus
{
    /// <summary>The sender recorded when a bus message does not name one (or cannot be read).</summary>
    public const string UnknownSender = "unknown-bus-sender";

    public const string TicketClosing = "ticket-closing";

    public static string KindOf(Type contract) => contract == typeof(HotlineTicketReceived) ? InboundKinds.HotlineTicket
        : contract == typeof(MonitoringAlertRaised) ? InboundKinds.MonitoringAlert
        : contract == typeof(PersonDied) ? InboundKinds.PersonDied
        : contract == typeof(PersonMoved) ? InboundKinds.PersonMoved
        : contract == typeof(PopulationRecordChanged) ? InboundKinds.PopulationRecord
        : throw new ArgumentOutOfRangeException(nameof(contract), contract, "Expected an inbound contract.");

    public static void AddInboundConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<InboundConsumer<HotlineTicketReceived>, InboundConsumerDefinition<HotlineTicketReceived>>();
        bus.AddConsumer<InboundConsumer<MonitoringAlertRaised>, InboundConsumerDefinition<MonitoringAlertRaised>>();
        bus.AddConsumer<InboundConsumer<PersonDied>, InboundConsumerDefinition<PersonDied>>();
        bus.AddConsumer<InboundConsumer<PersonMoved>, InboundConsumerDefinition<PersonMoved>>();
        bus.AddConsumer<InboundConsumer<PopulationRecordChanged>, InboundConsumerDefinition<PopulationRecordChanged>>();
        bus.AddConsumer<TicketClosingConsumer, TicketClosingConsumerDefinition>();
    }
}
