using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Hosting;

/// <summary>
/// Registers the engine: options, the working-day calendar, the executor and the definition catalog. The stores come from
/// <see cref="WorkflowEngineBuilder.AddDurableRuntime"/>. Options: <see cref="WorkflowHostOptions"/> documents the JSON shape.
/// </summary>
public static class WorkflowEngineServiceCollectionExtensions
{
    public static WorkflowEngineBuilder AddWorkflowEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<EngineOptions>()
            .BindConfiguration($"{WorkflowHostOptions.Section}:Engine")
            .Validate(o => o.MaxActivitiesPerBurst > 0, "Workflow:Engine:MaxActivitiesPerBurst 必须大于 0。")
            .Validate(o => o.YellowWarningHoursShare is > 0 and < 1, "Workflow:Engine:YellowWarningHoursShare 必须在 0 到 1 之间（不含两端）。")
            .ValidateOnStart();
        services.AddOptions<WorkflowHostOptions>()
            .BindConfiguration(WorkflowHostOptions.Section)
            .Validate(o => o.BrowseLimit is > 0 and <= 10_000, "Workflow:BrowseLimit 必须在 1 到 10000 之间。")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowHostOptions>, WorkflowHostOptionsValidator>());

        // First hosted service: a calendar with bad data stops the host before anything computes a deadline.
        services.TryAddSingleton<CalendarLoader>();
        services.AddHostedService(sp => sp.GetRequiredService<CalendarLoader>());
        services.TryAddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<CalendarLoader>().Calendar);
        services.AddOptions<PersistenceHostOptions>().BindConfiguration(PersistenceHostOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistenceHostOptions>, PersistenceHostOptionsValidator>());

        // The organisation and routing rules come from the casework directory when the host has one (AddCasework).
        services.TryAddSingleton(sp => new EngineServices(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EngineOptions>>().Value,
            sp.GetRequiredService<IWorkingCalendar>(),
            sp.GetService<Workflow.Casework.Application.CaseworkDirectory>(),
            sp.GetService<Workflow.Casework.Application.CaseworkDirectory>()));
        services.TryAddSingleton<InMemoryDefinitionCatalog>();
        services.TryAddSingleton<IDefinitionCatalog>(sp => sp.GetRequiredService<InMemoryDefinitionCatalog>());
        services.TryAddSingleton<WorkflowExecutor>();
        return new WorkflowEngineBuilder(services);
    }
}
