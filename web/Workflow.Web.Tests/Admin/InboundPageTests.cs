using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Admin;

/// <summary>/admin/inbound: parked messages with their reason and masked personal data; 忽略 and 重新处理, audited; administrators only.</summary>
public sealed class InboundPageTests(InboundWebFactory factory) : IClassFixture<InboundWebFactory>
{
    private static readonly string DeceasedId = "50015519460712003" + ChineseIdNumber.ComputeCheckDigit("50015519460712003");

    private async Task<string> ParkADeathAsync(string senderMessageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/inbound/person-died")
        {
            Content = new StringContent($$"""{ "senderMessageId": "{{senderMessageId}}", "idNumber": "{{DeceasedId}}", "diedOn": "2028-05-03", "source": "公安" }""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InboundWebFactory.PoliceKey);
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await response.ReadJsonAsync())["messageId"]!;
    }

    [Fact]
    public async Task InboundPage_ListsParkedMessagesMasked_AndDismissIsAudited()
    {
        var id = await ParkADeathAsync("page-1");
        var admin = await AdminSession.SignInAsync(factory);

        var html = await admin.Pages.HtmlAsync("/admin/inbound");
        var dismissed = await admin.Pages.SubmitAsync("/admin/inbound?handler=Dismiss", new Dictionary<string, string> { ["id"] = id, ["note"] = "测试数据" });

        Assert.Contains("死亡信息", html, StringComparison.Ordinal);
        Assert.Contains("gongan", html, StringComparison.Ordinal);
        Assert.Contains("重新处理", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DeceasedId, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var row = await factory.Services.GetRequiredService<InboundMessageStore>().GetAsync(id);
        Assert.Equal("dismissed", row!.Status);
        var audit = await factory.Services.GetRequiredService<CaseworkStore>().ListAuditAsync("inbound", id);
        Assert.Equal(["inbound.receive", "inbound.park", "inbound.dismiss"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task InboundAdminApi_Reprocess_IsAuditedUnderTheAdministrator_AndAnOfficerIs403()
    {
        var id = await ParkADeathAsync("page-2");
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
}
