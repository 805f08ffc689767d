using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Workflow.Web.Tests.Support;

/// <summary>The real host on in-memory ports, with the small definitions of this project and no demo data.</summary>
public class WorkflowWebFactory : WebApplicationFactory<Program>
{
    public static string TestDefinitions { get; } = Path.Combine(AppContext.BaseDirectory, "Definitions");

    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["Workflow:DefinitionsPath"] = TestDefinitions,
        ["Workflow:DemoData"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(Settings));
}
