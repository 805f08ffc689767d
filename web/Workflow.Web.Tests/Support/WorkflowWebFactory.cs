using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Workflow.Web.Tests.Support;

/// <summary>
/// The real host on its default durable runtime (a SQLite file of its own, deleted afterwards, and the in-memory bus),
/// with the small definitions of this project and no demo data.
/// </summary>
public class WorkflowWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly bool _ownsFolder;

    public WorkflowWebFactory()
        : this(Path.Combine(Path.GetTempPath(), "wf-web-tests", Guid.NewGuid().ToString("N")), ownsFolder: true)
    {
    }

    /// <summary>A host on the database in <paramref name="folder"/>, which outlives it unless <paramref name="ownsFolder"/>.</summary>
    protected WorkflowWebFactory(string folder, bool ownsFolder)
    {
        _folder = folder;
        _ownsFolder = ownsFolder;
    }

    public static string TestDefinitions { get; } = Path.Combine(AppContext.BaseDirectory, "Definitions");

    public string DatabaseFile => Path.Combine(_folder, "workflow.db");

    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Workflow:DefinitionsPath"] = TestDefinitions,
        ["Workflow:DemoData"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = Settings;
        // The suites name their callers with X-User headers (the testing switch of a loopback-only host).
        settings.TryAdd("Workflow:Testing:HeaderIdentity", "true");
        settings["Workflow:Persistence:Provider"] = "Sqlite";
        settings["Workflow:Persistence:ConnectionString"] = $"Data Source={DatabaseFile}";
        settings.TryAdd("Workflow:Persistence:DataFolder", _folder);
        // The testing switches are read while services are registered, before the test configuration below is added.
        foreach (var (key, value) in settings.Where(s => s.Key.StartsWith("Workflow:Testing:", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
