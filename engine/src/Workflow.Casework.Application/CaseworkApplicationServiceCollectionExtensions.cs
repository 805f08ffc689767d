using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Workflow.Casework.Application;

/// <summary>
/// The casework's services, each with one job: intake, views, documents, attachments, reveals, payments, transfers,
/// financial checks, review campaigns, supervision, the organisation's documents and the people the ledger knows (the ledger's own services:
/// <see cref="Benefits.LedgerServiceCollectionExtensions.AddBenefitsLedger"/>). The host adds the casework store,
/// the engine's executor, the bus and the workers.
/// </summary>
public static class CaseworkApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddCaseworkApplication(this IServiceCollection services)
    {
        services.AddOptions<CaseworkOptions>().BindConfiguration(CaseworkOptions.Section)
            .Validate(o => o.MaxAttachmentBytes is > 0 and <= 100 * 1024 * 1024, "Workflow:Casework:MaxAttachmentBytes 必须在 1 到 104857600 之间。")
            .ValidateOnStart();
        services.AddSingleton<CaseworkDirectory>();
        services.AddSingleton<CaseReader>();
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<ApplicationReader>();
        services.AddSingleton<ApplicationViews>();
        services.AddSingleton<SubCasePlanner>();
        services.AddSingleton<SubCaseStarter>();
        services.AddSingleton<IntakeService>();
        services.AddSingleton<IntakeDraftService>();
        services.AddSingleton<ApplicationDocuments>();
        services.AddSingleton<AttachmentFiles>();
        services.AddSingleton<AttachmentService>();
        services.AddSingleton<RevealService>();
        services.AddSingleton<PaymentService>();
        services.AddSingleton<EntitlementTransferService>();
        services.AddSingleton<FinancialCheckService>();
        services.AddSingleton<ReviewCampaignService>();
        services.AddSingleton<SupervisionService>();
        services.AddSingleton<DocumentEditor>();
        services.AddSingleton<KnownPeople>();
        return services;
    }
}
