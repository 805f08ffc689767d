using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Casework.Application.Evidence;

/// <summary>The task page's evidence (issue 12); the host adds it beside the casework application's services.</summary>
public static class EvidenceServiceCollectionExtensions
{
    public static IServiceCollection AddCaseEvidence(this IServiceCollection services)
    {
        services.AddSingleton<CaseEvidenceReader>();
        return services;
    }
}
