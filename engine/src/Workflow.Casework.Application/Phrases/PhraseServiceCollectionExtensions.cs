using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Casework.Application.Phrases;

/// <summary>审批意见常用语 (issue 12); the host adds the <c>PhraseStore</c> on its database.</summary>
public static class PhraseServiceCollectionExtensions
{
    public static IServiceCollection AddPhrases(this IServiceCollection services)
    {
        services.AddSingleton<PhraseService>();
        return services;
    }
}
