using Workflow.Casework.Application;
using Workflow.Casework.Application.Inbound;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Hosting;

namespace Workflow.Web.Casework;

/// <summary>
/// 一门受理 on the durable runtime: the casework application's services (<see cref="CaseworkApplicationServiceCollectionExtensions"/>)
/// over the casework store, the engine commands they send to the executor (logged and counted by its middleware),
/// who is calling, and the workers: the loader that fills the organisation and routing directory before anything is
/// served, and the financial-check retries.
/// </summary>
public static class CaseworkServiceCollectionExtensions
{
    public static WorkflowEngineBuilder AddCasework(this WorkflowEngineBuilder builder)
    {
        var services = builder.Services;
        services.AddCaseworkApplication();
        services.AddInbound();
        services.AddSingleton(sp => new CaseworkStore(sp.GetRequiredService<WorkflowDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new InboundMessageStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton<CallerResolver>();
        services.AddHostedService<CaseworkLoader>();
        services.AddHostedService<FinancialCheckWorker>();
        return builder;
    }
}
