using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Hosting;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the durable store under every port it implements (replacing in-memory ones), the audit verifier and
    /// the migrator; options are validated and the schema migrated when the host starts.
    /// <code>services.AddWorkflowPersistence(o => o.UsePostgres(connectionString));</code>
    /// </summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, Action<PersistenceOptions> configure)
    {
        services.AddOptions<PersistenceOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistenceOptions>, PersistenceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new WorkflowDatabase(sp.GetRequiredService<IOptions<PersistenceOptions>>().Value));
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<AuditVerifier>();
        services.TryAddSingleton<AuditKeyGuard>();
        services.TryAddSingleton<ScopeBackfill>();
        services.TryAddSingleton(sp => new DapperInstanceStore(sp.GetRequiredService<WorkflowDatabase>(), sp.GetRequiredService<TimeProvider>()));
        Replace<IInstanceStore>(services);
        Replace<ITimerStore>(services);
        Replace<IOutboxStore>(services);
        Replace<IInstanceQueries>(services);
        Replace<IInboxQueries>(services);
        services.RemoveAll<IDeadLetterStore>();
        services.AddSingleton<IDeadLetterStore>(sp => new DeadLetterStore(sp.GetRequiredService<WorkflowDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<SchemaMigrationService>();
        return services;
    }

    private static void Replace<TPort>(IServiceCollection services)
        where TPort : class
    {
        services.RemoveAll<TPort>();
        services.AddSingleton<TPort>(sp => (TPort)(object)sp.GetRequiredService<DapperInstanceStore>());
    }
}
