using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Evidence;
using Workflow.Casework.Application.Inbound;
using Workflow.Casework.Application.Lists;
using Workflow.Casework.Application.Messages;
using Workflow.Casework.Application.Phrases;
using Workflow.Casework.Application;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Phrases;
using Workflow.Engine.Persistence;
using Workflow.Web.Hosting;

namespace Workflow.Web.Casework;

/// <summary>
/// 一门受理 on the durable runtime: the casework application's services (<see cref="CaseworkApplicationServiceCollectionExtensions"/>)
/// over the casework store, the engine commands they send to the executor (logged and counted by its middleware),
/// who is calling, and the workers: the loader that fills the organisation and routing directory before anything is
/// served, the financial-check retries and the daily 高龄津贴 rule over the benefits ledger (whose grants come from
/// the bus: <see cref="Workflow.Casework.Application.Benefits.LedgerGrantConsumer"/>).
/// </summary>
public static class CaseworkServiceCollectionExtensions
{
    public static WorkflowEngineBuilder AddCasework(this WorkflowEngineBuilder builder)
    {
        var services = builder.Services;
        services.AddCaseworkApplication();
        services.AddCaseworkLists();
        services.AddBenefitsLedger();
        services.AddInbound();
        services.AddCaseEvidence();
        services.AddPhrases();
        services.AddMessageCentreAndCover();
        services.AddSingleton(sp => new CaseworkStore(sp.GetRequiredService<WorkflowDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new InboundMessageStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton(sp => new PhraseStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton(sp => new IntakeDraftStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton(sp => new Workflow.Engine.Persistence.Messages.MessageStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton(sp => new Workflow.Engine.Persistence.Messages.DeputyStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton<CallerResolver>();
        // The operation forms ask the engine's own checks (issue 12); registered here, as it needs the executor.
        services.AddSingleton<Workflow.Casework.Application.Operations.OperationOffers>();
        services.AddHostedService<CaseworkLoader>();
        services.AddHostedService<FinancialCheckWorker>();
        services.AddSingleton(sp => new LedgerStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton(sp => new Workflow.Engine.Persistence.Dashboard.DashboardStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.AddSingleton<Workflow.Casework.Application.Dashboard.DashboardService>();
        services.AddHostedService<OldAgeAllowanceWorker>();
        return builder;
    }
}
