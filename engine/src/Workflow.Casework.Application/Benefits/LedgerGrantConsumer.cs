using MassTransit;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Casework.Application.Benefits;

/// <summary>The bus side of <see cref="LedgerGrants"/>: a finished case from the outbox; thin, and safe to receive twice.</summary>
public sealed class LedgerGrantConsumer(LedgerGrants grants) : IConsumer<WorkflowFinished>
{
    public Task Consume(ConsumeContext<WorkflowFinished> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return grants.GrantAsync(context.Message, context.CancellationToken);
    }
}
