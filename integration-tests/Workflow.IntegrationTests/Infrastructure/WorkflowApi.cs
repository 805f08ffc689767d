using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>The host's HTTP API as an integrator calls it; answers are read as JSON nodes (the contract, not our types).</summary>
public sealed class WorkflowApi(HttpClient client)
{
    public HttpClient Client => client;

    public async Task<JsonNode> StartCaseAsync(string definitionId, object input)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/instances") { Content = JsonContent.Create(new { definitionId, input }) };
        TestActor.Administrator.ApplyTo(request.Headers);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"start {definitionId}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task<HttpResponseMessage> DecideAsync(string instanceId, string taskId, TestActor actor, string outcome,
        string? comment = null, string? requestKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/tasks/{instanceId}/{taskId}/decision")
        {
            Content = JsonContent.Create(new { outcome, comment, requestKey }),
        };
        actor.ApplyTo(request.Headers);
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>Decides and insists on 200, returning the case as it stands afterwards.</summary>
    public async Task<JsonNode> DecideOkAsync(string instanceId, string taskId, TestActor actor, string outcome = "approve", string? comment = null)
    {
        using var response = await DecideAsync(instanceId, taskId, actor, outcome, comment);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"decide {taskId} as {actor.User}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The case as the district administrator reads it: reads are scoped, so they name a caller too.</summary>
    public async Task<JsonNode> InstanceAsync(string instanceId) => JsonNode.Parse(await GetAsAdministratorAsync($"api/instances/{instanceId}"))!;

    private async Task<string> GetAsAdministratorAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        TestActor.Administrator.ApplyTo(request.Headers);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return body;
    }

    /// <summary>The committed events, each as its <c>event</c> object (with <c>$event</c> naming the type).</summary>
    public async Task<IReadOnlyList<JsonNode>> EventsAsync(string instanceId) =>
        JsonNode.Parse(await GetAsAdministratorAsync($"api/instances/{instanceId}/events"))!.AsArray().Select(e => e!["event"]!).ToList();

    public async Task<JsonNode> AuditAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/admin/audit");
        TestActor.Administrator.ApplyTo(request.Headers);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"audit: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The sum of every sample of <paramref name="name"/> carrying all of <paramref name="labels"/> on the host's /metrics.</summary>
    public async Task<double> MetricAsync(string name, params string[] labels)
    {
        var text = await client.GetStringAsync("metrics");
        return text.Split('\n')
            .Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Length > name.Length && l[name.Length] is '{' or ' ')
            .Where(l => labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    public static string OpenTask(JsonNode instance, string titleStart) =>
        OpenTasks(instance).SingleOrDefault(t => ((string?)t["title"])?.StartsWith(titleStart, StringComparison.Ordinal) == true)?["taskId"]?.GetValue<string>()
        ?? throw new InvalidOperationException($"No open task starting '{titleStart}' in {instance.ToJsonString()}");

    public static IEnumerable<JsonNode> OpenTasks(JsonNode instance) =>
        instance["tasks"]!.AsArray().Select(t => t!).Where(t => (string?)t["status"] == "Open");

    public static IEnumerable<JsonNode> OfType(IEnumerable<JsonNode> events, string type) =>
        events.Where(e => (string?)e["$event"] == type);
}
