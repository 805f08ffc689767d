using System.Data.Common;
using MassTransit;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// One queue, <c>ledger-grant</c>, that every host's <see cref="LedgerGrantConsumer"/> competes on, with a retry for
/// database errors (a busy SQLite writer, a PostgreSQL failover) and ledger conflicts (another host changed the same
/// household's amount meanwhile; the grant is decided again on fresh rows): a grant is idempotent, so a retry is always safe, and a
/// message that still fails is parked in <c>ledger-grant_error</c> rather than lost.
/// </summary>
public sealed class LedgerGrantConsumerDefinition : ConsumerDefinition<LedgerGrantConsumer>
{
    public const string Queue = "ledger-grant";

    public LedgerGrantConsumerDefinition() => EndpointName = Queue;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<LedgerGrantConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseMessageRetry(r =>
        {
            r.Handle<DbException>();
            r.Handle<LedgerConflictException>();
            r.Intervals(IdempotentRetry.Intervals);
        });
}
