using Workflow.Web.Hosting.Demo;

namespace Workflow.Web.Hosting;

/// <summary>
/// What <see cref="WorkflowEngineServiceCollectionExtensions.AddWorkflowEngine"/> returns, so start-up steps read as
/// one chain. Hosted services start in registration order, which is why the chain's order matters: definitions are
/// published before the bus and the timer pump start, so no reply or timer meets a case whose definition is missing.
/// </summary>
public sealed class WorkflowEngineBuilder(IServiceCollection services)
{
    public IServiceCollection Services => services;

    /// <summary>Publishes every valid <c>*.json</c> in <c>Workflow:DefinitionsPath</c> at start-up and logs the others.</summary>
    public WorkflowEngineBuilder AddDefinitionFolder()
    {
        services.AddHostedService<DefinitionFolderLoader>();
        return this;
    }

    /// <summary>
    /// The durable runtime: the database (<see cref="PersistenceHostOptions"/>), the bus and the outbox relay
    /// (<c>Messaging</c>, in-memory unless <c>Messaging:Transport</c> is <c>RabbitMQ</c>), and the calendar's sync with
    /// the database. The timer pump (<c>Workflow:Timers</c>) is registered last, by
    /// <see cref="DurableRuntimeServiceCollectionExtensions.AddWorkflowTimerPump"/>.
    /// </summary>
    public WorkflowEngineBuilder AddDurableRuntime(IConfiguration configuration)
    {
        services.AddWorkflowDatabaseAndBus(configuration);
        // After the schema migration: the calendar's stored closures, and their changes saved on any host.
        services.AddSingleton<CalendarSync>();
        services.AddHostedService(sp => sp.GetRequiredService<CalendarSync>());
        services.AddSingleton<CalendarClosureEditor>();
        return this;
    }

    /// <summary>
    /// When <c>Workflow:DemoData</c> is true, lists the demo accounts and, on an empty database only, starts sample cases.
    /// </summary>
    public WorkflowEngineBuilder AddDemoData()
    {
        services.AddHostedService<DemoDataSeeder>();
        return this;
    }
}
