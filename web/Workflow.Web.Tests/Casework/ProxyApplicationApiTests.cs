using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>代为申请 over HTTP: staff apply on someone's behalf with the consent recorded; it is stored, audited and shown.</summary>
public sealed class ProxyApplicationApiTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    private static object Application(string idNumber, string item, object? onBehalf, string? window = null) => new
    {
        windowDivisionCode = window,
        applicant = new
        {
            name = "王秀兰",
            idNumber,
            phone = "13812345678",
            hukouDivisionCode = CaseworkClient.Guihua,
            hasResidencePermit = false,
        },
        household = Array.Empty<object>(),
        items = new[] { item },
        assessment = new { },
        consentToFinancialCheck = true,
        onBehalf,
    };

    [Fact]
    public async Task ProxyApplication_VillageAssistantWithConsent_IsAcceptedAtTheTownshipWindowStoredAuditedAndShown()
    {
        // Given: the 协理员 of 桂花村 visited after an alert and the person agreed
        var onBehalf = new { name = "李娜", post = "村协理员", consent = "person", consentNote = "本人同意，入户时签字确认" };

        // When: 李娜 submits it herself, naming no window
        var application = await _api.OkAsync(HttpMethod.Post, "lina", "/api/applications",
            Application(CaseworkClient.Id("50011319460303002"), "tekun", onBehalf), HttpStatusCode.Created);

        // Then: the township window over her village took it, the view shows who applied and how consent was given
        var id = (string)application["applicationId"]!;
        Assert.Equal(CaseworkClient.Jieshi, (string?)application["windowDivisionCode"]);
        Assert.Equal("李娜", (string?)application["onBehalf"]!["name"]);
        Assert.Equal("村协理员", (string?)application["onBehalf"]!["post"]);
        Assert.Equal("本人同意", (string?)application["onBehalf"]!["consentName"]);
        Assert.Equal("本人同意，入户时签字确认", (string?)application["onBehalf"]!["consentNote"]);
        var stored = await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}");
        Assert.Equal("person", (string?)stored["onBehalf"]!["consent"]);
        var audit = await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}/audit");
        var accepted = Assert.Single(audit.AsArray(), a => (string?)a!["action"] == "application.accept")!;
        Assert.Equal("lina", (string?)accepted["actorId"]);
        Assert.Contains("村协理员", (string?)accepted["detail"], StringComparison.Ordinal);
        Assert.Contains("person", (string?)accepted["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProxyApplication_StationForAChildWithoutConsent_IsAcceptedRestrictedAndUnseenByTheAssistant()
    {
        // Given: the father is in prison and the mother missing, so the township 未保工作站 applies for the child
        var onBehalf = new { name = "杨帆", post = "未保工作站", consent = "none", noConsentReason = "父亲服刑，母亲失联 7 个月，无人履行监护职责" };

        // When
        var application = await _api.OkAsync(HttpMethod.Post, "yangfan", "/api/applications",
            Application(CaseworkClient.Id("50011320170606001"), "de-facto-unsupported-child", onBehalf), HttpStatusCode.Created);

        // Then: a child-protection case, which the village 协理员 does not learn exists
        var id = (string)application["applicationId"]!;
        Assert.Contains("child-protection", application["flagCodes"]!.AsArray().Select(f => (string?)f));
        Assert.Equal("未经同意（儿童保护，由工作人员代为申请）", (string?)application["onBehalf"]!["consentName"]);
        var (hidden, _, _) = await _api.SendAsync(HttpMethod.Get, "lina", $"/api/applications/{id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Get, "zhoujie", $"/api/applications/{id}")).Status);
    }

    [Fact]
    public async Task ProxyApplication_WithoutConsentForAnAdult_Is400()
    {
        // When: 特困 is not a child-protection item
        var (status, problem, _) = await _api.SendAsync(HttpMethod.Post, "lina", "/api/applications", JsonContent.Create(
            Application(CaseworkClient.Id("50011319490606002"), "tekun", new { name = "李娜", post = "村协理员", consent = "none", noConsentReason = "本人卧床" })));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("仅限儿童保护案件中的儿童", problem!["errors"]!["onBehalf.consent"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProxyApplication_ConsentWithoutNote_Is400NamingTheField()
    {
        // When
        var (status, problem, _) = await _api.SendAsync(HttpMethod.Post, "lina", "/api/applications", JsonContent.Create(
            Application(CaseworkClient.Id("50011319470404002"), "tekun", new { name = "李娜", post = "村协理员", consent = "guardian" })));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("须记录如何取得同意", problem!["errors"]!["onBehalf.consentNote"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProxyApplication_AssistantWithoutOnBehalfOrInAPostTheyDoNotHold_IsForbidden()
    {
        // When: 李娜 files an ordinary application, then claims a post she does not hold
        var (own, _, _) = await _api.SendAsync(HttpMethod.Post, "lina", "/api/applications", JsonContent.Create(
            Application(CaseworkClient.Id("50011319480505002"), "tekun", null, CaseworkClient.Jieshi)));
        var (otherPost, _, _) = await _api.SendAsync(HttpMethod.Post, "lina", "/api/applications", JsonContent.Create(
            Application(CaseworkClient.Id("50011319480505002"), "tekun", new { name = "李娜", post = "儿童主任", consent = "person", consentNote = "本人同意" })));

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, own);
        Assert.Equal(HttpStatusCode.Forbidden, otherPost);
    }
}
