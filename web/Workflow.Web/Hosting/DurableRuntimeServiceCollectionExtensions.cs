using MassTransit;
using Microsoft.Extensions.Options;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Inbound;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Audit;

namespace Workflow.Web.Hosting;

/// <summary>
/// Puts the engine on the durable ports in two steps, because hosted services start in registration order: the
/// database (Dapper persistence and its schema migration) and the bus with the outbox relay first, so that intake and
/// demo data can publish; the timer pump last, once every loader (definitions, organisation, routing, calendar) has
/// what a firing timer needs.
/// </summary>
public static class DurableRuntimeServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowDatabaseAndBus(this IServiceCollection services, IConfiguration configuration)
    {
        // PersistenceHostOptions are bound and validated by AddWorkflowEngine (the calendar's data folder needs them too).
        // The database is chosen when options are first read, not here: a test host's configuration arrives late.
        services.AddWorkflowPersistence(_ => { });
        services.AddOptions<PersistenceOptions>().Configure<IOptions<PersistenceHostOptions>>((o, host) => Use(o, host.Value));
        // The ledger grants what an approved case decided when its WorkflowFinished comes from the outbox; the casework
        // consumers of messages from other systems (issue 11) share the engine's bus.
        services.AddWorkflowMessaging(configuration, bus =>
        {
            bus.AddConsumer<LedgerGrantConsumer, LedgerGrantConsumerDefinition>();
            // Issue 12: the message centre reads every published notice (待办, 催办, 督办, 抄送, clock warnings, results).
            bus.AddConsumer<Workflow.Casework.Application.Messages.MessageCentreConsumer, Workflow.Casework.Application.Messages.MessageCentreConsumerDefinition>();
            bus.AddInboundConsumers();
        });
        return services;
    }

    /// <summary>The timer pump: register after every loader, so no timer fires for a case whose definition is not loaded.</summary>
    public static IServiceCollection AddWorkflowTimerPump(this IServiceCollection services) => services.AddWorkflowTimers();

    private static void Use(PersistenceOptions options, PersistenceHostOptions host)
    {
        options.AuditKey = AuditKeyOf(host);
        var cs = host.EffectiveConnectionString;
        if (PersistenceHostOptionsValidator.IsOneOf(host.Provider, PersistenceHostOptions.Postgres))
        {
            options.UsePostgres(cs!);
        }
        else if (PersistenceHostOptionsValidator.IsOneOf(host.Provider, PersistenceHostOptions.SqlServer))
        {
            options.UseSqlServer(cs!);
        }
        else
        {
            options.UseSqlite(cs!);
        }
    }

    /// <summary>The configured key, else the key file's; an embedded SQLite host makes its key file at first start.</summary>
    private static byte[] AuditKeyOf(PersistenceHostOptions host) =>
        PersistenceHostOptionsValidator.ConfiguredAuditKey(host)
        ?? (PersistenceHostOptionsValidator.IsOneOf(host.Provider, PersistenceHostOptions.Sqlite)
            ? AuditKeys.CreateFile(host.EffectiveAuditKeyFile)
            : throw new InvalidOperationException($"{PersistenceHostOptions.Section}:AuditKey is required for {host.Provider}."));
}
