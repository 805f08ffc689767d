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
        var definitions = await _client.GetAsync("/api/definitions");
        var instances = (await (await _client.GetAsync("/api/tasks?status=all")).ReadJsonAsync()).AsArray();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, definitions.StatusCode);
        var published = (await definitions.ReadJsonAsync()).AsArray().Select(d => (string?)d!["definitionId"]).ToHashSet();
        if (published.Contains("dibao"))
        {
            Assert.Contains(instances, t => (string?)t!["instanceId"] == "demo-dibao-001");
        }
    }
}
