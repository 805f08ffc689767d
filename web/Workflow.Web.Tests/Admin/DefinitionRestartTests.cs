using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Admin;

/// <summary>A version published on the pages is in the database, so a restarted host on the same database has it again.</summary>
public sealed class DefinitionRestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wf-web-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task PublishedVersion_SurvivesRestart_AndItsCaseGoesOn()
    {
        string instanceId;
        using (var first = new SharedFolderFactory(_folder))
        {
            var admin = await AdminSession.SignInAsync(first);
            var (status, _) = await admin.PostJsonAsync("/admin/definitions/test-approval/designer", "Publish",
                DefinitionJson.WithVisitTitle("入户调查（重启前发布）").ToJsonString());
            Assert.Equal(HttpStatusCode.OK, status);
            instanceId = (string)(await first.CreateClient().StartCaseAsync())["instanceId"]!;
        }

        using var second = new SharedFolderFactory(_folder);
        var api = second.CreateClient();
        var fresh = await api.StartCaseAsync();
        var running = await (await api.GetAsAsync($"/api/instances/{instanceId}")).ReadJsonAsync();
        var decided = await api.PostJsonAsync(WebApi.Decision(instanceId, running.OpenTaskId("入户调查（重启前发布）")),
            new { outcome = "approve", comment = "属实" }, TestActor.VillageAssistant);

        Assert.Equal(2, (int)fresh["definitionVersion"]!);
        Assert.Equal(2, (int)running["definitionVersion"]!);
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
    }

    private sealed class SharedFolderFactory(string folder) : WorkflowWebFactory(folder, ownsFolder: false);
}
