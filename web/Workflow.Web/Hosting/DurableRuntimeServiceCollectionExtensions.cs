using Microsoft.Extensions.Options;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Audit;

namespace Workflow.Web.Hosting;

/// <summary>Puts the engine on the durable ports: Dapper persistence, MassTransit with the outbox relay, the timer pump.</summary>
public static class DurableRuntimeServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowDurableRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        // PersistenceHostOptions are bound and validated by AddWorkflowEngine (the calendar's data folder needs them too).
        // The database is chosen when options are first read, not here: a test host's configuration arrives late.
        services.AddWorkflowPersistence(_ => { });
        services.AddOptions<PersistenceOptions>().Configure<IOptions<PersistenceHostOptions>>((o, host) => Use(o, host.Value));

        services.AddWorkflowMessaging(configuration);
        services.AddWorkflowTimers();
        return services;
    }

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
