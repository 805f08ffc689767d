using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>Window drafts (暂存) over HTTP: the author's own, masked in the list, audited, and closed to everyone else.</summary>
public sealed class DraftsApiTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    private static object Form(string name, string idNumber, string? phone = null) => new
    {
        applicant = new { name, idNumber, phone, hukouDivisionCode = CaseworkClient.Guihua, hasResidencePermit = false },
        household = Array.Empty<object>(),
        items = new[] { "dibao" },
        consentToFinancialCheck = false,
    };

    [Fact]
    public async Task Drafts_SavedThenResumedAndChanged_AreListedMasked_AndOpenOnlyToTheirAuthor()
    {
        var idNumber = CaseworkClient.Id("50011319800303003");
        var saved = await _api.OkAsync(HttpMethod.Post, "wangfang", "/api/window/drafts", Form("草稿甲", idNumber));
        var id = (string)saved["id"]!;

        await _api.OkAsync(HttpMethod.Put, "wangfang", $"/api/window/drafts/{id}", Form("草稿甲", idNumber, "13800001111"));
        var list = (await _api.OkAsync(HttpMethod.Get, "wangfang", "/api/window/drafts")).AsArray();
        var opened = await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/window/drafts/{id}");
        var (colleague, _, _) = await _api.SendAsync(HttpMethod.Get, "chenxia", $"/api/window/drafts/{id}");
        var (colleaguePut, _, _) = await _api.SendAsync(HttpMethod.Put, "chenxia", $"/api/window/drafts/{id}", JsonContent.Create(Form("别人", idNumber)));
        var (reviewer, _, _) = await _api.SendAsync(HttpMethod.Post, "zhangwei", "/api/window/drafts", JsonContent.Create(Form("乡镇", idNumber)));

        var row = Assert.Single(list, d => (string?)d!["id"] == id)!;
        Assert.Equal($"{idNumber[..6]}********{idNumber[^4..]}", (string?)row["idNumberMasked"]);
        Assert.Null(row["form"]);
        Assert.DoesNotContain(idNumber, list.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("13800001111", (string?)opened["form"]!["applicant"]!["phone"]);
        Assert.Equal(HttpStatusCode.NotFound, colleague);
        Assert.Equal(HttpStatusCode.NotFound, colleaguePut);
        Assert.Equal(HttpStatusCode.Forbidden, reviewer);
        Assert.Empty((await _api.OkAsync(HttpMethod.Get, "chenxia", "/api/window/drafts")).AsArray());
    }

    [Fact]
    public async Task Draft_Discarded_IsGone_AndASecondDiscardIs404()
    {
        var saved = await _api.OkAsync(HttpMethod.Post, "wangfang", "/api/window/drafts", Form("草稿乙", CaseworkClient.Id("50011319800404004")));
        var id = (string)saved["id"]!;

        await _api.OkAsync(HttpMethod.Delete, "wangfang", $"/api/window/drafts/{id}");
        var (again, problem, _) = await _api.SendAsync(HttpMethod.Delete, "wangfang", $"/api/window/drafts/{id}");
        var (open, _, _) = await _api.SendAsync(HttpMethod.Get, "wangfang", $"/api/window/drafts/{id}");

        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Equal("未找到", (string?)problem!["title"]);
        Assert.Equal(HttpStatusCode.NotFound, open);
        Assert.DoesNotContain((await _api.OkAsync(HttpMethod.Get, "wangfang", "/api/window/drafts")).AsArray(), d => (string?)d!["id"] == id);
    }
}
