using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>
/// The ledger's endpoints (issue 11): who may call them (401 without a caller, 403 for the administrators' run), bad
/// input as 400, and the 高龄津贴 rule run by an operator over a person the window accepted: granted once, shown without
/// an ID number, in scope only.
/// </summary>
public sealed class LedgerApiTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private const string RunUrl = "/api/admin/ledger/old-age-allowance/run";
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Theory]
    [InlineData("/api/ledger/items/dibao?division=500113000000")]
    [InlineData("/api/ledger/payroll?division=500113000000&month=2026-04")]
    [InlineData("/api/ledger/cases/no-such-case")]
    public async Task LedgerEndpoints_WithoutACaller_Answer401(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/ledger/person")]
    [InlineData("/api/ledger/household")]
    public async Task LedgerLookups_WithoutACaller_Answer401(string url)
    {
        var response = await factory.CreateClient().PostAsync(url, JsonContent.Create(new { idNumber = "500113194003150012" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/ledger/person")]
    [InlineData("/api/ledger/household")]
    public async Task LedgerLookups_ByGetWithTheIdNumberInTheQuery_AreNotServed(string url)
    {
        var response = await _api.SendAsync(HttpMethod.Get, "zhangwei", url + "?idNumber=500113194003150012");

        Assert.Contains(response.Status, new[] { HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound });
    }

    [Theory]
    [InlineData("/api/ledger/person", "123", null)]
    [InlineData("/api/ledger/person", "500113194003150012", "2026-13")]
    [InlineData("/api/ledger/household", null, null)]
    public async Task LedgerLookups_WithABadBody_Answer400(string url, string? idNumber, string? month)
    {
        var response = await _api.SendAsync(HttpMethod.Post, "zhangwei", url, JsonContent.Create(new { idNumber, month }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task OldAgeAllowanceRun_ByAnOfficer403_ByNobody401()
    {
        var officer = await _api.SendAsync(HttpMethod.Post, "zhangwei", RunUrl);
        var nobody = await factory.CreateClient().PostAsync(RunUrl, null);

        Assert.Equal(HttpStatusCode.Forbidden, officer.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    [Theory]
    [InlineData("/api/ledger/items/dibao?division=5001")]
    [InlineData("/api/ledger/items/dibao?division=500113000000&pageSize=1000")]
    [InlineData("/api/ledger/payroll?division=500113000000&month=April")]
    public async Task LedgerEndpoints_WithBadInput_Answer400(string url)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.SendAsync(HttpMethod.Get, "zhangwei", url)).Status);
    }

    [Fact]
    public async Task OldAgeAllowanceRun_OverAnApplicantOfTheWindow_GrantsOnce_ShownInScopeWithoutTheIdNumber()
    {
        var elder = CaseworkClient.Id("50011319400315007");
        var application = await _api.ApplyAsync(elder, "dibao");
        var instance = (string)application["subCases"]![0]!["instanceId"]!;

        var first = await _api.OkAsync(HttpMethod.Post, "admin", RunUrl);
        var again = await _api.OkAsync(HttpMethod.Post, "admin", RunUrl);
        var township = await _api.OkAsync(HttpMethod.Post, "zhangwei", "/api/ledger/person", new { idNumber = elder });
        var elsewhere = await _api.OkAsync(HttpMethod.Post, "lp-township", "/api/ledger/person", new { idNumber = elder });
        var household = await _api.OkAsync(HttpMethod.Post, "zhangwei", "/api/ledger/household", new { idNumber = elder, month = "2099-01" });
        var list = await _api.SendAsync(HttpMethod.Get, "zhangwei", "/api/ledger/items/old-age-allowance?division=500113102000");
        var byCase = await _api.SendAsync(HttpMethod.Get, "zhangwei", $"/api/ledger/cases/{instance}");

        Assert.True((int)first["changes"]! >= 1);
        Assert.Equal(0, (int)again["changes"]!);
        var entry = Assert.Single(township["entries"]!.AsArray())!;
        Assert.Equal(("高龄津贴", 50m, "年满 80 周岁，免申即享，自次月起发放"), ((string)entry["itemName"]!, (decimal)entry["standardYuan"]!, (string)entry["ruleText"]!));
        Assert.DoesNotContain(elder, township.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(elsewhere["entries"]!.AsArray());
        Assert.Equal("2099-01", (string?)household["month"]);
        Assert.Equal((string?)entry["id"], (string?)Assert.Single(household["entries"]!.AsArray())!["id"]);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(list.Body!["entries"]!.AsArray(), e => (string?)e!["id"] == (string?)entry["id"]);
        Assert.Equal(HttpStatusCode.OK, byCase.Status);
        Assert.Empty(byCase.Body!["entries"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, "lp-township", $"/api/ledger/cases/{instance}")).Status);
    }
}
