using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.InMemory;

namespace Workflow.Web.Hosting;

/// <summary>
/// Registers the engine on in-memory ports. It lives in the web project until the engine ships its own
/// <c>AddWorkflowEngine()</c>; the persistence issue will swap the stores (they are registered with TryAdd).
/// Options: <see cref="WorkflowHostOptions"/> documents the JSON shape.
/// </summary>
public static class WorkflowEngineServiceCollectionExtensions
{
    public static WorkflowEngineBuilder AddWorkflowEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<EngineOptions>()
            .BindConfiguration($"{WorkflowHostOptions.Section}:Engine")
            .Validate(o => o.MaxActivitiesPerBurst > 0, "Workflow:Engine:MaxActivitiesPerBurst 必须大于 0。")
            .ValidateOnStart();
        services.AddOptions<WorkflowHostOptions>()
            .BindConfiguration(WorkflowHostOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowHostOptions>, WorkflowHostOptionsValidator>());

        services.TryAddSingleton(sp => new EngineServices(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EngineOptions>>().Value));
        services.TryAddSingleton<InMemoryInstanceStore>();
        services.TryAddSingleton<IInstanceStore>(sp => sp.GetRequiredService<InMemoryInstanceStore>());
        services.TryAddSingleton<InMemoryDefinitionCatalog>();
        services.TryAddSingleton<IDefinitionCatalog>(sp => sp.GetRequiredService<InMemoryDefinitionCatalog>());
        services.TryAddSingleton<WorkflowExecutor>();
        return new WorkflowEngineBuilder(services);
    }
}
