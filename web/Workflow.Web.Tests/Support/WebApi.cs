using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Workflow.Web.Tests.Support;

/// <summary>Small HTTP helpers: requests with an actor, and JSON answers read as nodes (the contract, not our types).</summary>
public static class WebApi
{
    public const string Definition = "test-approval";
    public const string ProblemJson = "application/problem+json";

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, TestActor? actor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        actor?.ApplyTo(request.Headers);
        return await client.SendAsync(request);
    }

    /// <summary>A GET as <paramref name="actor"/> (default: the district administrator).</summary>
    public static Task<HttpResponseMessage> GetAsAsync(this HttpClient client, string url, TestActor? actor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        (actor ?? TestActor.Administrator).ApplyTo(request.Headers);
        return client.SendAsync(request);
    }

    /// <summary>A raw body POSTed as <paramref name="actor"/> (default: the district administrator), or by nobody.</summary>
    public static async Task<HttpResponseMessage> PostRawAsync(
        this HttpClient client, string url, string body, string contentType = "application/json", TestActor? actor = null, bool anonymous = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (!anonymous)
        {
            (actor ?? TestActor.Administrator).ApplyTo(request.Headers);
        }
        return await client.SendAsync(request);
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>Starts a case on the test definition in village 500113102001 and returns its view.</summary>
    public static async Task<JsonNode> StartCaseAsync(this HttpClient client, string applicant = "张秀英")
    {
        var response = await client.PostJsonAsync("/api/instances", new
        {
            definitionId = Definition,
            input = new { divisionCode = TestDivisions.Village, applicantName = applicant },
        }, TestActor.Administrator);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static string OpenTaskId(this JsonNode instance, string title) =>
        instance["tasks"]!.AsArray().Single(t => (string?)t!["title"] == title && (string?)t["status"] == "Open")!["taskId"]!.GetValue<string>();

    public static string Decision(string instanceId, string taskId) => $"/api/tasks/{instanceId}/{taskId}/decision";

    /// <summary>The assertions every error answer shares: ProblemDetails, the status, Chinese text, no internals.</summary>
    public static async Task<JsonNode> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.True(HasChinese((string?)problem["title"]), $"title is not Chinese: {body}");
        Assert.True(HasChinese((string?)problem["detail"]), $"detail is not Chinese: {body}");
        return problem;
    }

    private static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
