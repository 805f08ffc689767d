using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Admin;

/// <summary>
/// /admin/inbound: parked messages with their reason and masked personal data; 忽略 and 重新处理, audited; administrators
/// only, each in their area (the demo's administrator is 巴南区's, so a message without a division is not theirs).
/// </summary>
public sealed class InboundPageTests(InboundWebFactory factory) : IClassFixture<InboundWebFactory>
{
    private static readonly string DeceasedId = "50015519460712003" + ChineseIdNumber.ComputeCheckDigit("50015519460712003");

    private static readonly string ChildId = "50011320170305002" + ChineseIdNumber.ComputeCheckDigit("50011320170305002");

    private async Task<string> PostAsync(string path, string key, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["messageId"]!;
    }

    /// <summary>A death of a person the system does not know: parked with no division (no area holds it).</summary>
    private Task<string> ParkADeathAsync(string senderMessageId) => PostAsync("/api/inbound/person-died", InboundWebFactory.PoliceKey,
        $$"""{ "senderMessageId": "{{senderMessageId}}", "idNumber": "{{DeceasedId}}", "diedOn": "2028-05-03", "source": "公安" }""");

    /// <summary>A ticket about a child of 桂花村 without its category: parked on arrival in 巴南区, the demo administrator's area.</summary>
    private Task<string> ParkATicketAsync(string senderMessageId) => PostAsync("/api/inbound/hotline-tickets", InboundWebFactory.HotlineKey, $$"""
        {
          "senderMessageId": "{{senderMessageId}}", "ticketNumber": "T-{{senderMessageId}}", "cityCentre": "重庆市12345热线", "summary": "儿童独自在家",
          "child": { "name": "小明", "idNumber": "{{ChildId}}", "divisionCode": "500113102001" }, "category": "",
          "receivedAt": "2026-03-02T01:00:00+00:00"
        }
        """);

    [Fact]
    public async Task InboundPage_ListsParkedMessagesMasked_AndDismissIsAudited()
    {
        var id = await ParkATicketAsync("page-1");
        var admin = await AdminSession.SignInAsync(factory);

        var html = await admin.Pages.HtmlAsync("/admin/inbound");
        var dismissed = await admin.Pages.SubmitAsync("/admin/inbound?handler=Dismiss", new Dictionary<string, string> { ["id"] = id, ["note"] = "测试数据" });

        Assert.Contains("12345 工单", html, StringComparison.Ordinal);
        Assert.Contains("cq-12345", html, StringComparison.Ordinal);
        Assert.Contains("重新处理", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ChildId, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var row = await factory.Services.GetRequiredService<InboundMessageStore>().GetAsync(id);
        Assert.Equal("dismissed", row!.Status);
        var audit = await factory.Services.GetRequiredService<CaseworkStore>().ListAuditAsync("inbound", id);
        Assert.Equal(["inbound.park", "inbound.dismiss"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task InboundAdminApi_Reprocess_IsAuditedUnderTheAdministrator_AndAnOfficerIs403()
    {
        var id = await ParkATicketAsync("page-2");
        var api = factory.CreateClient();

        var reprocessed = await api.PostJsonAsync($"/api/admin/inbound/{id}/reprocess", new { }, TestActor.Administrator);
        var officer = await api.GetAsAsync("/api/admin/inbound", TestActor.TownshipReviewer);
        var listed = await api.GetAsAsync("/api/admin/inbound?status=parked", TestActor.Administrator);

        Assert.Equal(HttpStatusCode.OK, reprocessed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Contains(id, await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await factory.Services.GetRequiredService<CaseworkStore>().ListAuditAsync("inbound", id);
        Assert.Contains(audit, a => a.Action == "inbound.reprocess" && a.ActorId == "admin");
    }

    [Fact]
    public async Task InboundAdminApi_AMessageWithoutADivision_IsNotListedToADistrictAdministrator()
    {
        var id = await ParkADeathAsync("page-3");
        var api = factory.CreateClient();

        var listed = await api.GetAsAsync("/api/admin/inbound?status=parked", TestActor.Administrator);
        var dismissed = await api.PostJsonAsync($"/api/admin/inbound/{id}/dismiss", new { note = "x" }, TestActor.Administrator);

        Assert.Null((await factory.Services.GetRequiredService<InboundMessageStore>().GetAsync(id))!.DivisionCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.DoesNotContain(id, await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, dismissed.StatusCode);
    }
}
