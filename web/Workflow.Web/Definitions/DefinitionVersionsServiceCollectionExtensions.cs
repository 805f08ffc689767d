using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Persistence.DefinitionDocuments;

namespace Workflow.Web.Definitions;

/// <summary>Drafts and versions of definitions in the host database, and their loading at start-up.</summary>
public static class DefinitionVersionsServiceCollectionExtensions
{
    /// <summary>Call after the definitions folder is added: hosted services start in registration order.</summary>
    public static IServiceCollection AddDefinitionVersions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DefinitionDocumentStore(sp.GetRequiredService<WorkflowDatabase>()));
        services.TryAddSingleton(sp => new DefinitionVersions(
            sp.GetRequiredService<DefinitionDocumentStore>(), sp.GetRequiredService<InMemoryDefinitionCatalog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<PublishedDefinitionLoader>();
        return services;
    }
}
