using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// The one-window API as the named users call it. Only <c>X-User</c> is sent: the host takes posts, divisions and
/// departments from its organisation, so these calls prove the organisation drives authority and scope.
/// </summary>
public sealed class CaseworkApi(HttpClient client, Func<string> output)
{
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string user, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        request.Headers.Add("X-User", Uri.EscapeDataString(user));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> OkAsync(HttpMethod method, string user, string url, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, json) = await SendAsync(method, user, url, body);
        Assert.True(status == expected, $"{method} {url} as {user}: expected {(int)expected}, got {(int)status} {json?.ToJsonString()}\n{output()}");
        return json!;
    }

    public Task<JsonNode> GetAsync(string user, string url) => OkAsync(HttpMethod.Get, user, url);

    public Task<JsonNode> PostAsync(string user, string url, object? body = null) => OkAsync(HttpMethod.Post, user, url, body ?? new { });

    public Task<JsonNode> SubmitAsync(string clerk, object application) =>
        OkAsync(HttpMethod.Post, clerk, "api/applications", application, HttpStatusCode.Created);

    public Task<JsonNode> ApplicationAsync(string user, string id) => GetAsync(user, $"api/applications/{id}");

    public Task<JsonNode> InstanceAsync(string user, string id) => GetAsync(user, $"api/instances/{id}");

    public Task<JsonNode> DecideAsync(string user, string instanceId, string taskId, string outcome = "approve", string? comment = null) =>
        PostAsync(user, $"api/tasks/{instanceId}/{taskId}/decision", new { outcome, comment });

    public Task<JsonNode> ReplyAsync(string user, string instanceId, string taskId, string outcome = "approve", string? comment = null) =>
        PostAsync(user, $"api/tasks/{instanceId}/{taskId}/reply", new { outcome, comment });

    /// <summary>Decides the case's one open task whose title starts with <paramref name="title"/>.</summary>
    public async Task<JsonNode> DecideOpenAsync(string user, string instanceId, string title, string outcome = "approve", string? comment = null)
    {
        var instance = await InstanceAsync(user, instanceId);
        return await DecideAsync(user, instanceId, OpenTaskId(instance, title), outcome, comment);
    }

    public static IReadOnlyList<JsonNode> OpenTasks(JsonNode instance) =>
        instance["tasks"]!.AsArray().Select(t => t!).Where(t => (string?)t["status"] == "Open").ToList();

    public static string OpenTaskId(JsonNode instance, string title)
    {
        var open = OpenTasks(instance);
        var task = open.SingleOrDefault(t => ((string?)t["title"])!.StartsWith(title, StringComparison.Ordinal));
        Assert.True(task is not null, $"expected one open task starting '{title}', open: {string.Join(" | ", open.Select(t => (string?)t["title"]))}");
        return (string)task!["taskId"]!;
    }

    public static JsonNode SubCase(JsonNode application, string item)
    {
        var sub = application["subCases"]!.AsArray().SingleOrDefault(s => (string?)s!["itemCode"] == item);
        Assert.True(sub is not null, $"expected a sub-case {item}: {application.ToJsonString()}");
        return sub!;
    }

    public static IEnumerable<JsonNode> Events(JsonNode events, string type) =>
        events.AsArray().Select(e => e!["event"]!).Where(e => (string?)e["$event"] == type);

    /// <summary>The host's clock now (moved on by a few milliseconds, since only moving it answers the time).</summary>
    public async Task<DateTimeOffset> NowAsync() =>
        (await OkAsync(HttpMethod.Post, "admin", "api/testing/clock", new { days = 1e-7 })).GetValue<DateTimeOffset>();

    /// <summary>
    /// Waits until the message another system sent with <paramref name="senderId"/> is settled as <paramref name="status"/>
    /// (<c>routed</c> or <c>parked</c>) and answers it as an administrator sees it at <c>/api/admin/inbound</c>.
    /// </summary>
    public async Task<JsonNode> InboundAsync(string senderId, string status = "routed")
    {
        JsonNode? found = null;
        await Wait.UntilAsync(async () =>
        {
            var list = await GetAsync("admin", $"api/admin/inbound?status={status}");
            found = list.AsArray().SingleOrDefault(m => (string?)m!["senderId"] == senderId);
            return found is not null;
        }, TimeSpan.FromSeconds(30), () => $"inbound message {senderId} {status}\n{output()}");
        return found!;
    }

    /// <summary>Uploads a PDF to an application's file as <paramref name="kind"/> (e.g. <c>care-agreement</c>).</summary>
    public async Task<JsonNode> AttachPdfAsync(string user, string applicationId, string kind, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n%scenario\n"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/applications/{applicationId}/attachments?kind={kind}") { Content = form };
        request.Headers.Add("X-User", Uri.EscapeDataString(user));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"attach {kind} as {user}: got {(int)response.StatusCode} {text}\n{output()}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Waits until the ledger shows an entry the case created (granted when its finish reaches the bus) and answers it.</summary>
    public async Task<JsonNode> LedgerEntryOfCaseAsync(string user, string instanceId)
    {
        JsonNode? entry = null;
        await Wait.UntilAsync(async () =>
        {
            entry = (await GetAsync(user, $"api/ledger/cases/{instanceId}"))["entries"]!.AsArray().FirstOrDefault();
            return entry is not null;
        }, TimeSpan.FromSeconds(30), () => $"a ledger entry of {instanceId}\n{output()}");
        return entry!;
    }

    /// <summary>Moves the host's clock and waits until <paramref name="done"/> holds (the timer pump runs every 200 ms).</summary>
    public async Task AdvanceAsync(double days, Func<Task<bool>> done, string what)
    {
        await OkAsync(HttpMethod.Post, "admin", "api/testing/clock", new { days });
        await Wait.UntilAsync(done, TimeSpan.FromSeconds(30), () => $"{what}\n{output()}");
    }
}
