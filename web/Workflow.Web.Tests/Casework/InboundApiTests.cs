using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Workflow.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>The HTTP twins of the inbound contracts: integration keys (401/403), receipts (202, 200 on a repeat), parking.</summary>
public sealed class InboundApiTests(InboundWebFactory factory) : IClassFixture<InboundWebFactory>
{
    /// <summary>A valid ID number of a child in 梁平区, where the demo has no inbound route.</summary>
    private static readonly string ChildId = "50015520170305002" + ChineseIdNumber.ComputeCheckDigit("50015520170305002");

    private static string Ticket(string senderMessageId, string division = "500155101001", string? idNumber = null) => $$"""
        {
          "senderSystem": "ignored", "senderMessageId": "{{senderMessageId}}", "ticketNumber": "T-{{senderMessageId}}",
          "cityCentre": "重庆市12345热线", "summary": "邻居反映儿童独自在家",
          "child": { "name": "小明", "idNumber": "{{idNumber ?? ChildId}}", "divisionCode": "{{division}}", "address": "某村3组" },
          "reporterContact": "13800000000", "category": "未成年人保护",
          "receivedAt": "2026-03-02T01:00:00+00:00", "deadline": "2026-03-03T01:00:00+00:00"
        }
        """;

    private async Task<HttpResponseMessage> PostAsync(string path, string json, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task HotlineTicket_WithoutAKeyOrWithAWrongOne_Is401()
    {
        var none = await PostAsync("/api/inbound/hotline-tickets", Ticket("auth-1"), null);
        var wrong = await PostAsync("/api/inbound/hotline-tickets", Ticket("auth-1"), "not-a-key");
        var officer = await factory.CreateClient().PostJsonAsync("/api/inbound/hotline-tickets", new { }, TestActor.Administrator);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, officer.StatusCode);
    }

    [Fact]
    public async Task TicketClosing_AskedWithoutAKey_Is401_WithAnotherKindsKey_Is403_BeforeItIsClosed_Is404()
    {
        await PostAsync("/api/inbound/hotline-tickets", Ticket("closing-1"), InboundWebFactory.HotlineKey);
        async Task<HttpStatusCode> AskAsync(string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/inbound/hotline-tickets/T-closing-1/closing");
            if (key is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }
            return (await factory.CreateClient().SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await AskAsync(null));
        Assert.Equal(HttpStatusCode.Forbidden, await AskAsync(InboundWebFactory.PoliceKey));
        Assert.Equal(HttpStatusCode.NotFound, await AskAsync(InboundWebFactory.HotlineKey));
    }

    [Fact]
    public async Task HotlineTicket_WithAKeyForAnotherKind_Is403()
    {
        var response = await PostAsync("/api/inbound/hotline-tickets", Ticket("auth-2"), InboundWebFactory.PoliceKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HotlineTicket_ThenTheSameAgain_Is202ThenTheFirstReceiptWith200()
    {
        var first = await PostAsync("/api/inbound/hotline-tickets", Ticket("dup-1"), InboundWebFactory.HotlineKey);
        var again = await PostAsync("/api/inbound/hotline-tickets", Ticket("dup-1"), InboundWebFactory.HotlineKey);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var a = await first.ReadJsonAsync();
        var b = await again.ReadJsonAsync();
        Assert.Equal((string?)a["messageId"], (string?)b["messageId"]);
        Assert.False((bool)a["isRepeat"]!);
        Assert.True((bool)b["isRepeat"]!);
        Assert.Equal("parked", (string?)a["status"]);
        Assert.Contains("没有来件路由规则", (string?)a["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HotlineTicket_Malformed_IsParkedWithTheReason()
    {
        var badId = await PostAsync("/api/inbound/hotline-tickets", Ticket("bad-1", "5001", "50015520170305"), InboundWebFactory.HotlineKey);
        var notJson = await PostAsync("/api/inbound/hotline-tickets", "this is not json", InboundWebFactory.HotlineKey);

        Assert.Equal(HttpStatusCode.Accepted, badId.StatusCode);
        var receipt = await badId.ReadJsonAsync();
        Assert.Equal("parked", (string?)receipt["status"]);
        Assert.Contains("儿童身份证号", (string?)receipt["reason"], StringComparison.Ordinal);
        Assert.Contains("应为12位数字", (string?)receipt["reason"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, notJson.StatusCode);
        Assert.Contains("JSON", (string?)(await notJson.ReadJsonAsync())["reason"], StringComparison.Ordinal);
    }
}
