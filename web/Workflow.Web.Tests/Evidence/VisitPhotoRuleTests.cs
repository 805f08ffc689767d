using System.Net;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Evidence;

/// <summary>
/// Who adds a 入户照片 is decided once, in the attachments service (issue 12): the API answers as the task page offers,
/// only to whoever may act now on an open visit step (入户调查, 随访) of one of the application's cases.
/// </summary>
public sealed class VisitPhotoRuleTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task AttachmentsApi_VisitPhoto_OnlyTheOfficerOfTheOpenVisitStepAddsIt()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319650505123"), "dibao");
        var id = (string)application["applicationId"]!;
        var instanceId = (string)application["subCases"]![0]!["instanceId"]!;

        // Before the visit: the window clerk sees the application but is at no visit step.
        Assert.Equal(HttpStatusCode.Forbidden, await UploadAsync("wangfang", id, "visit-photo"));
        await DecideAsync("wangfang", instanceId, "受理低保申请");

        // At the 入户调查: the village 协理员 of the household adds it; the township reviewer, whose step it is not, may not.
        Assert.Equal(HttpStatusCode.Forbidden, await UploadAsync("zhangwei", id, "visit-photo"));
        Assert.Equal(HttpStatusCode.Created, await UploadAsync("lina", id, "visit-photo"));
        // Other attachments keep their own rule: whoever sees the application with its personal data.
        Assert.Equal(HttpStatusCode.Created, await UploadAsync("wangfang", id, null));

        // After the visit is decided, nobody is at a visit step any more.
        await DecideAsync("lina", instanceId, "入户调查（家庭经济状况）");
        Assert.Equal(HttpStatusCode.Forbidden, await UploadAsync("lina", id, "visit-photo"));
        var files = await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}/attachments");
        Assert.Single(files.AsArray(), f => (string?)f!["kind"] == "visit-photo");
    }

    private async Task<HttpStatusCode> UploadAsync(string user, string applicationId, string? kind)
    {
        var file = new ByteArrayContent(EvidenceCase.Png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        var (status, _, _) = await _api.SendAsync(HttpMethod.Post, user,
            $"/api/applications/{applicationId}/attachments" + (kind is null ? "" : "?kind=" + kind), new MultipartFormDataContent { { file, "file", "入户照片.png" } });
        return status;
    }

    private async Task DecideAsync(string user, string instanceId, string title)
    {
        var instance = await _api.OkAsync(HttpMethod.Get, user, $"/api/instances/{instanceId}");
        var task = (string)instance["tasks"]!.AsArray()
            .Single(t => (string?)t!["title"] == title && (string?)t["status"] == "Open")!["taskId"]!;
        await _api.OkAsync(HttpMethod.Post, user, $"/api/tasks/{instanceId}/{task}/decision", new { outcome = "approve", comment = "同意" });
    }
}
