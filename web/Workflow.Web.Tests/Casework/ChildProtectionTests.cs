using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>An orphan's case is never published in a 公示 and only the posts it names see it, even inside their scope.</summary>
public sealed class ChildProtectionTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task OrphanCase_IsHiddenFromPostsNotNamed_AndVisibleToTheWindowAndDistrict()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011320150606001"), "orphan");
        var id = (string)application["applicationId"]!;
        var instance = (string)application["subCases"]![0]!["instanceId"]!;
        Assert.Contains(application["flags"]!.AsArray(), f => ((string?)f)!.StartsWith("儿童保护", StringComparison.Ordinal));
        Assert.Equal("running", (string?)application["subCases"]![0]!["status"]);

        // 李娜 is the village's assistant, inside the scope, but her post is not one the case names.
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, "lina", $"/api/applications/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, "lina", $"/api/instances/{instance}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Get, "zhangwei", $"/api/instances/{instance}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Get, "liuqiang", $"/api/applications/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Get, "wangfang", $"/api/instances/{instance}")).Status);
    }
}
