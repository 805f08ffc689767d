using Microsoft.Extensions.Options;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.Validation;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Hosting;

/// <summary>
/// Reads every <c>*.json</c> in the definitions folder once at start-up. Valid definitions are published; a file with
/// errors is logged with each error's path and skipped, so one bad file never keeps the host from starting.
/// </summary>
internal sealed class DefinitionFolderLoader(
    IOptions<WorkflowHostOptions> options,
    IHostEnvironment environment,
    InMemoryDefinitionCatalog catalog,
    ILogger<DefinitionFolderLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = DefinitionsFolder.Resolve(options.Value.DefinitionsPath, environment.ContentRootPath);
        if (folder is null)
        {
            HostLog.DefinitionsFolderNotFound(logger, environment.ContentRootPath);
            return;
        }
        var published = 0;
        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            if (await LoadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                published++;
            }
        }
        HostLog.DefinitionsLoaded(logger, published, files.Count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> LoadAsync(string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        DefinitionLoadResult result;
        try
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            result = DefinitionReader.Read(bytes);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The folder is edited while hosts run, and the reader is new code: a file it cannot handle is skipped,
            // never a reason for the whole host to stay down.
            HostLog.DefinitionUnreadable(logger, ex, name);
            return false;
        }
        foreach (var warning in result.Errors.Where(e => e.Severity == ErrorSeverity.Warning))
        {
            HostLog.DefinitionWarning(logger, name, warning.Path, warning.Code, warning.Message);
        }
        if (!result.IsValid)
        {
            var errors = result.Errors.Where(e => e.Severity == ErrorSeverity.Error).ToList();
            HostLog.DefinitionRejected(logger, name, errors.Count, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message} [{e.Code}]")));
            return false;
        }
        var definition = result.Definition!;
        if (catalog.Find(definition.DefinitionId, definition.Version) is not null)
        {
            HostLog.DefinitionReplaced(logger, name, definition.DefinitionId, definition.Version);
        }
        catalog.Publish(definition);
        HostLog.DefinitionPublished(logger, name, definition.DefinitionId, definition.Version);
        return true;
    }
}
