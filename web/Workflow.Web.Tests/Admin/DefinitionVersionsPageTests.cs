using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Admin;

/// <summary>Drafts, publishing, diff, export, import and simulation through the administrator's pages on a real host.</summary>
public sealed class DefinitionVersionsPageTests : IDisposable
{
    private const string Designer = "/admin/definitions/test-approval/designer";
    private readonly WorkflowWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_ShowsFolderVersionAndDesignerLink()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var html = await admin.Pages.HtmlAsync("/admin/definitions");

        Assert.Contains("data-definition=\"test-approval\"", html, StringComparison.Ordinal);
        Assert.Contains("data-version=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("定义目录", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/definitions/test-approval/designer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_ForNonAdministrator_AreForbidden()
    {
        var session = await PageSession.SignInAsync(_factory, TestActor.TownshipReviewer);

        foreach (var url in new[] { "/admin/definitions", Designer, "/admin/organisation", "/admin/routing", "/admin/calendar", "/admin/dashboard" })
        {
            var response = await session.Client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/error/403", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task SaveDraft_WithError_KeepsDraftAndPointsTheErrorAtTheActivity()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var (status, body) = await admin.PostJsonAsync(Designer, "Save", DefinitionJson.WithBrokenReview().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, (int)body["version"]!);
        var problem = body["problems"]!.AsArray().First(p => (bool)p!["isError"]!)!;
        Assert.Equal("review", (string?)problem["activityId"]);
        Assert.StartsWith("$.root.activities[2]", (string)problem["path"]!, StringComparison.Ordinal);
        var list = await admin.Pages.HtmlAsync("/admin/definitions");
        Assert.Contains("data-draft=\"true\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithErrors_IsRefusedWithProblems()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var (status, body) = await admin.PostJsonAsync(Designer, "Publish", DefinitionJson.WithBrokenReview().ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("不能发布", (string)body["detail"]!, StringComparison.Ordinal);
        Assert.Contains(body["problems"]!.AsArray(), p => (string?)p!["activityId"] == "review");
    }

    [Fact]
    public async Task Publish_AddsVersionTwo_NewCasesUseItAndRunningCasesStayOnOne()
    {
        var api = _factory.CreateClient();
        var old = await api.StartCaseAsync("老案件");
        var admin = await AdminSession.SignInAsync(_factory);

        var (status, body) = await admin.PostJsonAsync(Designer, "Publish", DefinitionJson.WithVisitTitle("入户调查（第二版）").ToJsonString());
        var fresh = await api.StartCaseAsync("新案件");
        var oldNow = await (await api.GetAsAsync($"/api/instances/{(string)old["instanceId"]!}")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, (int)body["version"]!);
        Assert.Equal(2, (int)fresh["definitionVersion"]!);
        Assert.NotEmpty(fresh.OpenTaskId("入户调查（第二版）"));
        Assert.Equal(1, (int)oldNow["definitionVersion"]!);
        Assert.NotEmpty(oldNow.OpenTaskId("入户调查"));
        var list = await admin.Pages.HtmlAsync("/admin/definitions");
        Assert.Contains("data-version=\"2\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-draft=\"true\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithoutDraftOrBody_IsRefused()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var (status, body) = await admin.PostJsonAsync(Designer, "Publish", "");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("没有可发布的草稿", (string)body["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_DraftAgainstVersionOne_ListsChangedAddedAndConnections()
    {
        var admin = await AdminSession.SignInAsync(_factory);
        var draft = DefinitionJson.WithVisitTitle("入户核查");
        DefinitionJson.Activity(draft, "visit")["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 300, ["y"] = 10 } } };
        draft["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "end2", ["type"] = "Elsa.End", ["version"] = 1, ["name"] = "办结二" });
        draft["root"]!["connections"]!.AsArray().Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = "education", ["port"] = "reject" },
            ["target"] = new JsonObject { ["activity"] = "end2", ["port"] = "In" },
        });
        await admin.PostJsonAsync(Designer, "Save", draft.ToJsonString());

        var html = await admin.Pages.HtmlAsync("/admin/definitions/test-approval/diff?from=1");

        Assert.Matches("id=\"diff-added\">\\s*<li class=\"added\" data-activity=\"end2\"", html);
        Assert.Matches("<li class=\"changed\" data-activity=\"visit\">[^<]*<code>visit</code>：title</li>", html);
        Assert.Contains("+ education:reject → end2", html, StringComparison.Ordinal);
        Assert.Contains("id=\"diff-to\">草稿", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_VersionOne_IsElsaJsonWithSchema()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var response = await admin.Pages.Client.GetAsync("/admin/definitions/test-approval/export?version=1");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json", (string?)json["$schema"]);
        Assert.Equal("test-approval", (string?)json["definitionId"]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Pages.Client.GetAsync("/admin/definitions/test-approval/export?version=9")).StatusCode);
    }

    [Fact]
    public async Task Import_NewDefinition_BecomesDraftAndCanBePublishedAsVersionOne()
    {
        var admin = await AdminSession.SignInAsync(_factory);
        var document = DefinitionJson.TestApproval();
        document["definitionId"] = "imported-flow";
        document["name"] = "导入的流程";

        var response = await UploadAsync(admin, document.ToJsonString());
        var (status, body) = await admin.PostJsonAsync("/admin/definitions/imported-flow/designer", "Publish", "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/definitions?imported=imported-flow", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)body["version"]!);
    }

    [Fact]
    public async Task Import_BrokenJson_ShowsChineseErrorAndStoresNothing()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var response = await UploadAsync(admin, "{ \"definitionId\": oops }");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"message error\"", html, StringComparison.Ordinal);
        Assert.True(html.Contains("不是合法的 JSON", StringComparison.Ordinal), html[html.IndexOf("<main", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Simulate_WithChosenOutcomes_ShowsThePath()
    {
        var admin = await AdminSession.SignInAsync(_factory);
        var body = new JsonObject
        {
            ["document"] = DefinitionJson.TestApproval(),
            ["decisions"] = new JsonObject { ["visit"] = "approve", ["review"] = "reject" },
        };

        var (status, result) = await admin.PostJsonAsync(Designer, "Simulate", body.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Finished", (string?)result["status"]);
        var steps = result["steps"]!.AsArray().Select(s => $"{(string)s!["activityId"]!}>{string.Join(",", s["outcomes"]!.AsArray().Select(o => (string)o!))}").ToList();
        Assert.Equal(["start>Done", "visit>approve", "review>reject", "done>Done"], steps);
    }

    [Fact]
    public async Task DesignerPage_CarriesTheDocumentAndTheScript()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var html = await admin.Pages.HtmlAsync(Designer);

        Assert.Contains("data-document=\"{", html, StringComparison.Ordinal);
        Assert.Contains("/js/admin/designer.js", html, StringComparison.Ordinal);
        Assert.Contains("data-add=\"Gov.ApprovalTask\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Pages.Client.GetAsync("/admin/definitions/no-such/designer")).StatusCode);
    }

    [Fact]
    public async Task Save_WithoutAntiForgeryToken_IsRejected()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        using var content = new StringContent(DefinitionJson.TestApproval().ToJsonString(), Encoding.UTF8, "application/json");
        var response = await admin.Pages.Client.PostAsync($"{Designer}?handler=Save", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(AdminSession admin, string json)
    {
        var token = PageSession.Token(await admin.Pages.HtmlAsync("/admin/definitions"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "flow.json");
        return await admin.Pages.Client.PostAsync("/admin/definitions?handler=Import", form);
    }
}
