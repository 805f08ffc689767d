using Workflow.Web.Hosting.Demo;

namespace Workflow.Web.Hosting;

/// <summary>
/// What <see cref="WorkflowEngineServiceCollectionExtensions.AddWorkflowEngine"/> returns, so start-up steps read as
/// one chain. Hosted services start in registration order: load definitions first, then seed demo cases.
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

    /// <summary>When <c>Workflow:DemoData</c> is true, lists the demo accounts and starts sample cases.</summary>
    public WorkflowEngineBuilder AddDemoData()
    {
        services.AddHostedService<DemoDataSeeder>();
        return this;
    }
}
