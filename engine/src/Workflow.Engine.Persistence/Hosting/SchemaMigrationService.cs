using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.Persistence.Hosting;

/// <summary>
/// Migrates the schema while the host is starting, before any hosted service's <c>StartAsync</c> runs (a timer pump
/// or outbox relay must never meet a missing table), then checks the audit key (<see cref="AuditKeyGuard"/>).
/// </summary>
internal sealed class SchemaMigrationService(SchemaMigrator migrator, ScopeBackfill backfill, AuditKeyGuard auditKey, IOptions<PersistenceOptions> options)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
            await backfill.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        // A host on another key than the database's chains refuses to start; the first keyed start seals older chains.
        await auditKey.PrepareAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
