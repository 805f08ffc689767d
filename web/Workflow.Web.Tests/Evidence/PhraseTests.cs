using System.Net;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Evidence;

/// <summary>
/// 审批意见常用语 (issue 12): a person's list is theirs alone; an office's list is offered to those holding a post there
/// and changed only by an administrator of its area; the decision form offers both.
/// </summary>
public sealed class PhraseTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private const string Jieshi = CaseworkClient.Jieshi;
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Phrases_OwnList_IsNeitherSeenNorDeletedByAnother()
    {
        var added = await _api.OkAsync(HttpMethod.Post, "zhangwei", "/api/phrases/mine", new { text = "张伟的常用语：同意。" });
        var id = (string)added["id"]!;

        var colleague = await _api.OkAsync(HttpMethod.Get, "zhaolei", "/api/phrases");
        var (deleteByColleague, _, _) = await _api.SendAsync(HttpMethod.Delete, "zhaolei", $"/api/phrases/mine/{id}");
        var mine = await _api.OkAsync(HttpMethod.Get, "zhangwei", "/api/phrases/mine");

        Assert.Equal(("user", "我的常用语"), ((string?)added["scope"], (string?)added["scopeName"]));
        Assert.DoesNotContain(Texts(colleague), t => t == "张伟的常用语：同意。");
        Assert.Equal(HttpStatusCode.NotFound, deleteByColleague);
        Assert.Contains("张伟的常用语：同意。", Texts(mine));
    }

    [Fact]
    public async Task Phrases_OfficeList_OfferedInTheOffice_ChangedOnlyByItsAdministrator()
    {
        var added = await _api.OkAsync(HttpMethod.Post, "admin", $"/api/admin/phrases/{Jieshi}", new { text = "界石镇：经入户调查，情况属实，同意上报。" });

        var (byOfficer, _, _) = await _api.SendAsync(HttpMethod.Post, "zhangwei", $"/api/admin/phrases/{Jieshi}",
            System.Net.Http.Json.JsonContent.Create(new { text = "越权添加" }));
        var (byOtherDistrictOfficer, _, _) = await _api.SendAsync(HttpMethod.Post, "lp-district", $"/api/admin/phrases/{Jieshi}",
            System.Net.Http.Json.JsonContent.Create(new { text = "越权添加" }));
        var township = await _api.OkAsync(HttpMethod.Get, "zhaolei", "/api/phrases");
        var village = await _api.OkAsync(HttpMethod.Get, "lina", "/api/phrases");
        var (villageReadsTownship, _, _) = await _api.SendAsync(HttpMethod.Get, "lina", $"/api/phrases/offices/{Jieshi}");

        Assert.Equal("office", (string?)added["scope"]);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, byOtherDistrictOfficer);
        Assert.Contains("界石镇：经入户调查，情况属实，同意上报。", Texts(township));
        Assert.DoesNotContain("界石镇：经入户调查，情况属实，同意上报。", Texts(village));
        Assert.Equal(HttpStatusCode.NotFound, villageReadsTownship);
    }

    [Fact]
    public async Task Phrases_EmptyText_IsRefusedInChinese()
    {
        var (status, body, _) = await _api.SendAsync(HttpMethod.Post, "zhangwei", "/api/phrases/mine", System.Net.Http.Json.JsonContent.Create(new { text = "  " }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("常用语", body!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_DecisionForm_OffersOwnAndOfficePhrases_AndThePhrasePageManagesThem()
    {
        var evidence = await EvidenceCase.CreateAsync(_api, CaseworkClient.Id("50011319681212325"));
        await _api.OkAsync(HttpMethod.Post, "admin", $"/api/admin/phrases/{Jieshi}", new { text = "经民主评议，同意。" });
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);
        var added = await session.PostAsync("/phrases", "Add", [DemoSession.F("Text", "我的：情况属实，同意上报。")]);

        var html = await session.HtmlAsync(evidence.TaskPage);
        var page = await session.HtmlAsync("/phrases");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("<label for=\"phrase-picker\">常用语</label>", html, StringComparison.Ordinal);
        Assert.Contains("data-phrase-target=\"comment\"", html, StringComparison.Ordinal);
        Assert.Contains(">我的：情况属实，同意上报。</option>", html, StringComparison.Ordinal);
        Assert.Contains(">经民主评议，同意。</option>", html, StringComparison.Ordinal);
        Assert.Contains("/js/phrases.js", html, StringComparison.Ordinal);
        Assert.Contains("我的：情况属实，同意上报。", page, StringComparison.Ordinal);
        Assert.Contains("经民主评议，同意。", page, StringComparison.Ordinal);
    }

    private static List<string> Texts(JsonNode list) => list.AsArray().Select(p => (string)p!["text"]!).ToList();
}
