using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Hosting;

namespace Workflow.Web.Casework;

/// <summary>
/// 一门受理 on the durable runtime: the casework store, the organisation and routing directory that the engine asks
/// for candidates and routing rules, the services behind the casework APIs, and the loader that fills the directory
/// before anything is served.
/// </summary>
public static class CaseworkServiceCollectionExtensions
{
    public static WorkflowEngineBuilder AddCasework(this WorkflowEngineBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CaseworkOptions>().BindConfiguration(CaseworkOptions.Section)
            .Validate(o => o.MaxAttachmentBytes is > 0 and <= 100 * 1024 * 1024, "Workflow:Casework:MaxAttachmentBytes 必须在 1 到 104857600 之间。")
            .ValidateOnStart();
        services.AddSingleton<CaseworkDirectory>();
        services.AddSingleton(sp => new CaseworkStore(sp.GetRequiredService<WorkflowDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<ApplicationService>();
        services.AddSingleton<SupervisionService>();
        services.AddSingleton<ReviewCampaignService>();
        services.AddSingleton<DocumentEditor>();
        services.AddSingleton<AttachmentFiles>();
        services.AddHostedService<CaseworkLoader>();
        services.AddSingleton<FinancialCheckService>();
        services.AddHostedService<FinancialCheckWorker>();
        return builder;
    }
}
