using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using Workflow.Casework.Application.Inbound;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.Messaging.Tests.Inbound;

/// <summary>
/// The inbound queues on the real RabbitMQ from <c>WORKFLOW_AMQP</c>: a plain-JSON body that cannot be deserialized is
/// parked as a message, not only moved to <c>_error</c>, and a sound plain-JSON death is handled. Each run has its own
/// queue prefix and deletes its queues afterwards.
/// </summary>
public sealed class InboundRabbitMqTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _run = Guid.NewGuid().ToString("N")[..10];
    private readonly InboundFixture _inbound = new();
    private bool _reachable;

    private string Prefix => $"wf.inbound.test-{_run}.";

    public async Task InitializeAsync()
    {
        await Servers.RequireRabbitMqAsync();
        _reachable = true;
        await new SchemaMigrator(_inbound.Database).MigrateAsync();
    }

    [Fact]
    public async Task PlainJson_Undeserializable_IsParkedWithItsBody_AndASoundOneIsHandled()
    {
        _inbound.LifeEvents.Households[TestPeople.Elder] = TestDivisions.Village;
        var counter = new ReceiveCounter(2);
        using var host = await StartHostAsync(counter);
        await using var connection = await new ConnectionFactory { Uri = Servers.Amqp }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = Prefix + "person-died";

        await PublishAsync(channel, queue, "unreadable-1", """{ "senderSystem": "gongan", "idNumber": 500113, "diedOn": "not a date" }""");
        await PublishAsync(channel, queue, "sound-1",
            $$"""{ "senderSystem": "gongan", "senderMessageId": "d-77", "idNumber": "{{TestPeople.Elder}}", "diedOn": "2028-05-03", "source": "公安" }""");
        await counter.Finished.Task.WaitAsync(Patience);

        var parked = Assert.Single(await _inbound.Messages.ListAsync(InboundStatuses.Parked, 10));
        Assert.Equal("person-died", parked.Kind);
        Assert.Contains("消息无法读取", parked.Reason, StringComparison.Ordinal);
        Assert.Contains("not a date", parked.Body, StringComparison.Ordinal);
        var handled = (await _inbound.Messages.FindAsync("gongan", "d-77"))!;
        Assert.Equal(InboundStatuses.Routed, handled.Status);
        Assert.Equal([$"died:{TestPeople.Elder}:2028-05-03:公安"], _inbound.LifeEvents.Calls);
        await host.StopAsync();
        // Nothing faulted: the error queue was never even created (a passive declare of it is refused).
        await Assert.ThrowsAnyAsync<RabbitMQ.Client.Exceptions.OperationInterruptedException>(() => channel.MessageCountAsync(queue + "_error"));
    }

    public async Task DisposeAsync()
    {
        await _inbound.DisposeAsync();
        if (!_reachable)
        {
            return;
        }
        await using var connection = await new ConnectionFactory { Uri = Servers.Amqp }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var name in new[] { "hotline-ticket", "monitoring-alert", "person-died", "person-moved", "population-record", "ticket-closing" })
        {
            foreach (var queue in new[] { Prefix + name, $"{Prefix}{name}_error", $"{Prefix}{name}_skipped" })
            {
                await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
                await channel.ExchangeDeleteAsync(queue, ifUnused: false);
            }
        }
    }

    private static async Task PublishAsync(IChannel channel, string queue, string messageId, string json)
    {
        var properties = new BasicProperties { ContentType = "application/json", MessageId = messageId, DeliveryMode = DeliveryModes.Persistent };
        await channel.BasicPublishAsync(queue, "", mandatory: false, properties, Encoding.UTF8.GetBytes(json));
    }

    private async Task<IHost> StartHostAsync(IReceiveObserver observer)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var configuration = _inbound.Engine.Register(builder.Services, new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "RabbitMQ",
            ["Messaging:RabbitMq:Host"] = Servers.Amqp.OriginalString,
            ["Messaging:ConsumeCommands"] = "false",
            ["Messaging:Outbox:Enabled"] = "false",
            ["Workflow:Timers:Enabled"] = "false",
            [InboundBusOptions.Section + ":QueuePrefix"] = Prefix,
        });
        _inbound.Register(builder.Services);
        builder.Services.AddWorkflowMessaging(configuration, x => x.AddInboundConsumers());
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = Patience;
        });
        var host = builder.Build();
        host.Services.GetRequiredService<IBus>().ConnectReceiveObserver(observer);
        await host.StartAsync();
        return host;
    }
}
