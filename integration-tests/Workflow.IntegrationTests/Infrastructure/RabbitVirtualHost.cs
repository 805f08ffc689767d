using System.Net.Http.Headers;
using System.Text;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// A RabbitMQ virtual host of its own, made through the management API and deleted on dispose, so queues such as
/// <c>wf.engine</c> or <c>dept.*</c> never carry messages from one test class, or one run, into another.
/// </summary>
public sealed class RabbitVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _admin;

    private RabbitVirtualHost(HttpClient admin, string name, Uri amqp)
    {
        _admin = admin;
        Name = name;
        Amqp = amqp;
    }

    public string Name { get; }

    /// <summary><c>amqp://user:password@host:port/vhost</c>: what a host's <c>Messaging:RabbitMq:Host</c> gets.</summary>
    public Uri Amqp { get; }

    public string User => Uri.UnescapeDataString(Amqp.UserInfo.Split(':')[0]);

    public string Password => Uri.UnescapeDataString(Amqp.UserInfo.Split(':', 2)[1]);

    public static async Task<RabbitVirtualHost> CreateAsync()
    {
        var broker = Servers.Amqp;
        var adminUri = Servers.AmqpAdmin;
        var admin = new HttpClient { BaseAddress = new Uri(adminUri.GetLeftPart(UriPartial.Authority) + "/") };
        var credentials = adminUri.UserInfo.Length > 0 ? Uri.UnescapeDataString(adminUri.UserInfo) : "guest:guest";
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var name = "wf-it-" + Guid.NewGuid().ToString("N")[..12];
        var user = Uri.UnescapeDataString(broker.UserInfo.Split(':')[0]);
        await SendAsync(admin, HttpMethod.Put, $"api/vhosts/{name}", "{}");
        await SendAsync(admin, HttpMethod.Put, $"api/permissions/{name}/{Uri.EscapeDataString(user)}", """{"configure":".*","write":".*","read":".*"}""");
        var amqp = new UriBuilder(broker) { Path = "/" + name }.Uri;
        return new RabbitVirtualHost(admin, name, amqp);
    }

    /// <summary>
    /// Publishes <paramref name="body"/> as it is to <paramref name="queue"/> (the default exchange) with
    /// <c>content_type: application/json</c>, as a system without MassTransit does, whatever the body holds.
    /// </summary>
    public Task PublishRawAsync(string queue, string body, Guid messageId) =>
        SendAsync(_admin, HttpMethod.Post, $"api/exchanges/{Name}/amq.default/publish", System.Text.Json.JsonSerializer.Serialize(new
        {
            properties = new { content_type = "application/json", message_id = messageId.ToString(), delivery_mode = 2 },
            routing_key = queue,
            payload = body,
            payload_encoding = "string",
        }));

    /// <summary>How many deliveries of <paramref name="queue"/> its consumers acknowledged (the broker's statistics, refreshed every few seconds).</summary>
    public async Task<long> AcknowledgedAsync(string queue)
    {
        using var response = await _admin.GetAsync($"api/queues/{Name}/{Uri.EscapeDataString(queue)}");
        response.EnsureSuccessStatusCode();
        var stats = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())?["message_stats"];
        return (long?)stats?["ack"] ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        await SendAsync(_admin, HttpMethod.Delete, $"api/vhosts/{Name}", null);
        _admin.Dispose();
    }

    private static async Task SendAsync(HttpClient admin, HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        using var response = await admin.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"RabbitMQ management {method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
