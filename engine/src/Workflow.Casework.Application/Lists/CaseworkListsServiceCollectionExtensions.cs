using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Casework.Application.Lists;

/// <summary>The searched lists and their exports (案件查询, 受理记录, the 督办 report); the host adds them beside <c>AddCaseworkApplication</c>.</summary>
public static class CaseworkListsServiceCollectionExtensions
{
    public static IServiceCollection AddCaseworkLists(this IServiceCollection services)
    {
        services.AddSingleton<CaseList>();
        services.AddSingleton<InboxList>();
        services.AddSingleton<ApplicationList>();
        services.AddSingleton<SupervisionExport>();
        return services;
    }
}
