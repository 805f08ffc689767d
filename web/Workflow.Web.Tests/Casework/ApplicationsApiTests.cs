using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>Attachments, personal-data reveal, the OpenAPI description and task operations over HTTP.</summary>
public sealed class ApplicationsApiTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Attachment_PdfIsStoredWithItsHashInTheAudit_OtherTypesAndOversizedFilesAre400()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319700101001"), "dibao");
        var id = (string)application["applicationId"]!;
        var pdf = "%PDF-1.4 户口簿扫描件"u8.ToArray();

        var (status, stored, _) = await _api.SendAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/attachments", File(pdf, "户口簿.pdf"));
        var (exe, exeProblem, _) = await _api.SendAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/attachments", File("MZ\u0090"u8.ToArray(), "a.exe"));
        var (big, _, _) = await _api.SendAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/attachments",
            File([.. "%PDF"u8.ToArray(), .. new byte[2000]], "big.pdf"));

        Assert.Equal(HttpStatusCode.Created, status);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        Assert.Equal(sha, (string?)stored!["sha256"]);
        Assert.Equal("application/pdf", (string?)stored["contentType"]);
        Assert.Equal(HttpStatusCode.BadRequest, exe);
        Assert.NotNull(exeProblem!["errors"]!["file"]);
        Assert.Equal(HttpStatusCode.BadRequest, big);
        Assert.Single((await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}/attachments")).AsArray());
        var audit = await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}/audit");
        Assert.Contains(audit.AsArray(), a => (string?)a!["action"] == "attachment.add" && ((string)a["detail"]!).Contains(sha, StringComparison.Ordinal));
        Assert.True(System.IO.File.Exists(Path.Combine(factory.FilesFolder, (string)stored["id"]!)));
    }

    [Fact]
    public async Task Reveal_NeedsAReason_AndIsAuditedWithoutTheValue()
    {
        var idNumber = CaseworkClient.Id("50011319710202002");
        var application = await _api.ApplyAsync(idNumber, "dibao");
        var id = (string)application["applicationId"]!;
        Assert.Equal($"{idNumber[..6]}********{idNumber[^4..]}", (string?)application["applicant"]!["idNumber"]);

        var (noReason, problem, _) = await _api.SendAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/reveal",
            JsonContent.Create(new { field = "applicant.idNumber" }));
        var revealed = await _api.OkAsync(HttpMethod.Post, "wangfang", $"/api/applications/{id}/reveal",
            new { field = "applicant.idNumber", reason = "核对户籍信息" });
        // Seeing the case is not a need: the township reviewer has no open task on it yet and does not decide it.
        var (noNeed, _, _) = await _api.SendAsync(HttpMethod.Post, "zhangwei", $"/api/applications/{id}/reveal",
            JsonContent.Create(new { field = "applicant.idNumber", reason = "好奇" }));

        Assert.Equal(HttpStatusCode.BadRequest, noReason);
        Assert.NotNull(problem!["errors"]!["reason"]);
        Assert.Equal(idNumber, (string?)revealed["value"]);
        Assert.Equal(HttpStatusCode.Forbidden, noNeed);
        var audit = await _api.OkAsync(HttpMethod.Get, "zhangwei", $"/api/applications/{id}/audit");
        var entry = Assert.Single(audit.AsArray(), a => (string?)a!["action"] == "pii.reveal")!;
        Assert.Equal("wangfang", (string?)entry["actorId"]);
        Assert.Contains("核对户籍信息", (string?)entry["detail"]);
        Assert.DoesNotContain(idNumber, (string?)entry["detail"]);
        var instance = await _api.OkAsync(HttpMethod.Get, "zhangwei", $"/api/instances/{(string)application["subCases"]![0]!["instanceId"]!}");
        Assert.DoesNotContain(idNumber, instance.ToJsonString(), StringComparison.Ordinal);
        var events = await _api.OkAsync(HttpMethod.Get, "zhangwei", $"/api/instances/{(string)application["subCases"]![0]!["instanceId"]!}/events");
        Assert.DoesNotContain(idNumber, events.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("********", events.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskOperations_ClaimTransferCopyUrge_AreRecordedAndRefusedWhenNotAllowed()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319720303003"), "dibao");
        var instance = (string)application["subCases"]![0]!["instanceId"]!;
        var view = await _api.OkAsync(HttpMethod.Post, "wangfang", $"/api/tasks/{instance}/{IntakeTask(await Instance(instance))}/decision", new { outcome = "approve" });
        view = await _api.OkAsync(HttpMethod.Post, "lina", $"/api/tasks/{instance}/{OpenTask(view)}/decision", new { outcome = "approve" });
        var review = OpenTask(view);

        var claimed = await _api.OkAsync(HttpMethod.Post, "zhangwei", $"/api/tasks/{instance}/{review}/claim", new { });
        var (second, _, _) = await _api.SendAsync(HttpMethod.Post, "zhaolei", $"/api/tasks/{instance}/{review}/claim", JsonContent.Create(new { }));
        var transferred = await _api.OkAsync(HttpMethod.Post, "zhangwei", $"/api/tasks/{instance}/{review}/transfer", new { toUserId = "zhaolei", reason = "休假" });
        await _api.OkAsync(HttpMethod.Post, "zhaolei", $"/api/tasks/{instance}/{review}/cc", new { userIds = new[] { "liuqiang" }, note = "请关注" });
        await _api.OkAsync(HttpMethod.Post, "liuqiang", $"/api/tasks/{instance}/{review}/urge", new { message = "请尽快办理" });
        var (byOldHolder, _, _) = await _api.SendAsync(HttpMethod.Post, "zhangwei", $"/api/tasks/{instance}/{review}/decision", JsonContent.Create(new { outcome = "approve" }));
        var (outsider, _, _) = await _api.SendAsync(HttpMethod.Post, "lp-township", $"/api/tasks/{instance}/{review}/claim", JsonContent.Create(new { }));

        Assert.Equal("zhangwei", (string?)Task(claimed, review)["claimedBy"]);
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.Equal("zhaolei", (string?)Task(transferred, review)["holder"]);
        Assert.Equal(HttpStatusCode.Forbidden, byOldHolder);
        Assert.Equal(HttpStatusCode.NotFound, outsider);
        var events = await _api.OkAsync(HttpMethod.Get, "zhaolei", $"/api/instances/{instance}/events");
        var types = events.AsArray().Select(e => (string?)e!["event"]!["$event"]).ToList();
        Assert.Contains("TaskClaimed", types);
        Assert.Contains("TaskTransferred", types);
        Assert.Contains("TaskCopied", types);
        Assert.Contains("TaskUrged", types);
        static IEnumerable<string?> Tasks(JsonNode answer) => answer["rows"]!.AsArray().Select(r => (string?)r!["task"]!["taskId"]);
        Assert.Contains(review, Tasks(await _api.OkAsync(HttpMethod.Get, "liuqiang", "/api/inbox?box=cc&pageSize=200")));
        Assert.Contains(review, Tasks(await _api.OkAsync(HttpMethod.Get, "zhaolei", "/api/inbox?box=todo&pageSize=200")));
        Assert.DoesNotContain(review, Tasks(await _api.OkAsync(HttpMethod.Get, "zhangwei", "/api/inbox?box=todo&pageSize=200")));
    }

    [Fact]
    public async Task OpenApi_DescribesTheCaseworkEndpoints()
    {
        using var client = factory.CreateClient();
        var document = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>("/openapi/v1.json");
        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/applications", paths);
        Assert.Contains("/api/applications/{id}/notice", paths);
        Assert.Contains("/api/tasks/{instanceId}/{taskId}/claim", paths);
        Assert.Contains("/api/org", paths);
        Assert.Contains("/api/supervision", paths);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> Instance(string id) => await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/instances/{id}");

    private static string IntakeTask(System.Text.Json.Nodes.JsonNode instance) => OpenTask(instance);

    private static string OpenTask(System.Text.Json.Nodes.JsonNode instance) =>
        (string)instance["tasks"]!.AsArray().Single(t => (string?)t!["status"] == "Open")!["taskId"]!;

    private static System.Text.Json.Nodes.JsonNode Task(System.Text.Json.Nodes.JsonNode instance, string taskId) =>
        instance["tasks"]!.AsArray().Single(t => (string?)t!["taskId"] == taskId)!;

    private static MultipartFormDataContent File(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
