using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Hosting;

/// <summary>
/// The host as the product command starts it, on the repository's own definitions folder with demo data on. Demo
/// cases start only for definitions that are published, so this passes before and after they land.
/// </summary>
public sealed class StartupTests(RepositoryDefinitionsFactory factory) : IClassFixture<RepositoryDefinitionsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Host_RepositoryDefinitionsWithDemoData_ServesHomeAndApi()
    {
        var home = await _client.GetAsync("/");
        var definitions = await _client.GetAsAsync("/api/definitions");
        var instances = (await (await _client.GetAsAsync("/api/tasks?status=all")).ReadJsonAsync()).AsArray();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, definitions.StatusCode);
        var published = (await definitions.ReadJsonAsync()).AsArray().Select(d => (string?)d!["definitionId"]).ToHashSet();
        if (published.Contains("dibao"))
        {
            Assert.Contains(instances, t => (string?)t!["instanceId"] == "demo-dibao-001");
        }
    }

    [Fact]
    public async Task Host_RestartOnSameDatabase_KeepsCasesAndSeedsNoDemoTwice()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wf-web-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var first = await CaseIdsAsync(folder);
            var second = await CaseIdsAsync(folder);

            Assert.NotEmpty(first);
            Assert.Equal(first.Order(StringComparer.Ordinal), second.Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> CaseIdsAsync(string folder)
    {
        await using var host = RepositoryDefinitionsFactory.On(folder);
        var tasks = (await (await host.CreateClient().GetAsAsync("/api/tasks?status=all")).ReadJsonAsync()).AsArray();
        return tasks.Select(t => (string)t!["instanceId"]!).Distinct().ToList();
    }
}
