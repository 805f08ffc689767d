using MassTransit;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Casework.Application.Inbound;

/// <summary>A case finished: if a 12345 ticket started it, the ticket is closed back to the city (<see cref="TicketClosing"/>).</summary>
public sealed class TicketClosingConsumer(TicketClosing closing) : IConsumer<WorkflowFinished>
{
    public Task Consume(ConsumeContext<WorkflowFinished> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return closing.CloseAsync(context.Message, context.CancellationToken);
    }
}
