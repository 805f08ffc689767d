using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>AddWorkflowPersistence: one store behind every port, migrations at start-up, bad options refused at start-up.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddWorkflowPersistence_Sqlite_RegistersEveryPortAndMigratesOnStart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wf-di-{Guid.NewGuid():N}", "workflow.db");
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddWorkflowPersistence(o => o.UseSqlite($"Data Source={path}"));
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var store = host.Services.GetRequiredService<DapperInstanceStore>();
            Assert.Same(store, host.Services.GetRequiredService<IInstanceStore>());
            Assert.Same(store, host.Services.GetRequiredService<ITimerStore>());
            Assert.Same(store, host.Services.GetRequiredService<IOutboxStore>());
            Assert.Same(store, host.Services.GetRequiredService<IInstanceQueries>());
            Assert.Same(store, host.Services.GetRequiredService<IInboxQueries>());
            Assert.Empty(await store.ListAsync(CaseScope.Everything, 0, 10, default)); // the tables exist
            Assert.True((await host.Services.GetRequiredService<AuditVerifier>().VerifyAsync()).IsIntact);
            Assert.True(File.Exists(path));
        }
        finally
        {
            await host.StopAsync();
            await host.Services.GetRequiredService<WorkflowDatabase>().DisposeAsync();
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task AddWorkflowPersistence_NoDatabaseChosen_FailsAtStartUp()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddWorkflowPersistence(_ => { });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("UseSqlite", StringComparison.Ordinal));
    }

    [Fact]
    public void UseSqlite_Default_IsAFileUnderData()
    {
        var options = new PersistenceOptions().UseSqlite();

        Assert.Equal("Data Source=data/workflow.db", options.ConnectionString);
        Assert.Equal("sqlite", options.Dialect!.Name);
        Assert.True(options.Dialect.SingleWriter);
    }
}
