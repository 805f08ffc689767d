using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflow.Web.Tests.Casework;

/// <summary>Calls as a named user of the demo organisation (only <c>X-User</c>; the host looks up the rest).</summary>
public sealed class CaseworkClient(HttpClient client)
{
    public const string Jieshi = "500113102000";
    public const string Guihua = "500113102001";

    public async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string user, string url, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-User", user);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public async Task<JsonNode> OkAsync(HttpMethod method, string user, string url, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, json, _) = await SendAsync(method, user, url, body is null ? null : JsonContent.Create(body));
        Assert.True(status == expected, $"{method} {url} as {user}: {(int)status} {json?.ToJsonString()}");
        return json!;
    }

    public async Task<JsonNode> ApplyAsync(string applicantId, params string[] items) =>
        await OkAsync(HttpMethod.Post, "wangfang", "/api/applications", new
        {
            windowDivisionCode = Jieshi,
            applicant = new
            {
                name = "张秀英",
                idNumber = applicantId,
                phone = "13812345678",
                bankAccount = "6222020200112233445",
                hukouDivisionCode = Guihua,
                residenceDivisionCode = Guihua,
                hasResidencePermit = false,
            },
            household = Array.Empty<object>(),
            items,
            assessment = new { },
            consentToFinancialCheck = true,
        }, HttpStatusCode.Created);

    /// <summary>A valid 18-digit ID number (GB 11643 check digit).</summary>
    public static string Id(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
