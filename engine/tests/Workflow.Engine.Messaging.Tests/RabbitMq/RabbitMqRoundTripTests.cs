using System.Text;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Messaging.Outbox;
using Workflow.Engine.Messaging.Tests.Support;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging.Tests.RabbitMq;

/// <summary>
/// The referral round trip over the real RabbitMQ from <c>WORKFLOW_AMQP</c>. Every run uses its own department code and
/// queue names, and deletes them afterwards, so runs never see each other's messages.
/// </summary>
public sealed class RabbitMqRoundTripTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string _run = Guid.NewGuid().ToString("N")[..10];
    private readonly TestEngine _engine = new();

    private string Department => $"edu-test-{_run}";

    private string EngineQueue => $"wf.engine.test-{_run}";

    private string RepliesQueue => $"wf.department-replies.test-{_run}";

    private bool _reachable;

    public async Task InitializeAsync()
    {
        await Servers.RequireRabbitMqAsync();
        _reachable = true;
    }

    [Fact]
    public async Task Referral_TaskAssignedReachesTheDepartmentQueue_ItsReplyCompletesTheCase()
    {
        // Given a case waiting on a referral, the engine host, and a department running its own MassTransit bus
        _engine.Publish(TestDefinitions.Referral(Department));
        var view = await _engine.StartAsync("referral");
        var taskId = view.Tasks.Values.Single().TaskId;
        var finished = _engine.Store.WhenCommitted<InstanceFinished>("case-1");
        using var engineHost = await StartEngineHostAsync();
        var probe = new DepartmentProbe(RepliesQueue);
        using var departmentHost = await StartDepartmentHostAsync(probe);

        // When the relay publishes the outbox
        var sent = await engineHost.Services.GetRequiredService<OutboxRelay>().RelayOnceAsync();

        // Then the department gets TaskAssigned with the row's message id, replies, and the case completes
        Assert.Equal(2, sent); // the department's queue message and its officers' 待办 notice
        var (messageId, assigned) = await probe.Received.Task.WaitAsync(Patience);
        Assert.Equal(MessageIds.For($"task-assigned:{taskId}"), messageId);
        Assert.Equal(Department, assigned.DepartmentCode);
        await finished.WaitAsync(Patience);
        var done = await _engine.ViewAsync();
        Assert.Equal(WorkflowSubStatus.Finished, done.SubStatus);
        Assert.Equal(["教育局已回复"], done.Lines);
        var replied = Assert.Single(_engine.Events().OfType<DepartmentReplied>());
        Assert.Equal("edu-zhang", replied.ActorId);
        await departmentHost.StopAsync();
        await engineHost.StopAsync();
    }

    [Fact]
    public async Task Referral_DepartmentWithoutMassTransit_ReadsTheEnvelope_AndRepliesWithPlainJson()
    {
        _engine.Publish(TestDefinitions.Referral(Department));
        var view = await _engine.StartAsync("referral");
        var taskId = view.Tasks.Values.Single().TaskId;
        var finished = _engine.Store.WhenCommitted<InstanceFinished>("case-1");
        using var engineHost = await StartEngineHostAsync();
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        await engineHost.Services.GetRequiredService<OutboxRelay>().RelayOnceAsync();
        var envelope = await ReceiveOneAsync(channel, DepartmentQueues.For(Department));

        Assert.Contains("urn:message:Workflow.Engine.Messaging.Contracts:TaskAssigned", envelope["messageType"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(MessageIds.For($"task-assigned:{taskId}").ToString(), (string?)envelope["messageId"]);
        var task = envelope["message"]!;
        Assert.Equal(taskId, (string?)task["taskId"]);

        var reply = new JsonObject
        {
            ["taskId"] = (string?)task["taskId"],
            ["instanceId"] = (string?)task["instanceId"],
            ["departmentCode"] = Department,
            ["actorId"] = "edu-li",
            ["outcome"] = "approve",
            ["comment"] = "已核实",
            ["data"] = new JsonObject { ["enrolled"] = true },
            ["requestKey"] = $"edu-legacy:{taskId}",
        };
        var properties = new BasicProperties { ContentType = "application/json", MessageId = Guid.NewGuid().ToString(), DeliveryMode = DeliveryModes.Persistent };
        await channel.BasicPublishAsync(RepliesQueue, "", mandatory: false, properties, Encoding.UTF8.GetBytes(reply.ToJsonString()));
        await finished.WaitAsync(Patience);

        Assert.Equal("edu-li", Assert.Single(_engine.Events().OfType<DepartmentReplied>()).ActorId);
        await engineHost.StopAsync();
    }

    public async Task DisposeAsync()
    {
        if (!_reachable)
        {
            return;
        }
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var name in new[] { DepartmentQueues.For(Department), EngineQueue, RepliesQueue })
        {
            foreach (var queue in new[] { name, $"{name}_error", $"{name}_skipped" })
            {
                await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
                await channel.ExchangeDeleteAsync(queue, ifUnused: false);
            }
        }
    }

    private static ConnectionFactory Factory() => new() { Uri = Servers.Amqp };

    private async Task<IHost> StartEngineHostAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var configuration = _engine.Register(builder.Services, new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "RabbitMQ",
            ["Messaging:RabbitMq:Host"] = Servers.Amqp.OriginalString,
            ["Messaging:EngineQueue"] = EngineQueue,
            ["Messaging:DepartmentRepliesQueue"] = RepliesQueue,
            ["Messaging:Outbox:Enabled"] = "false",
            ["Workflow:Timers:Enabled"] = "false",
        });
        builder.Services.AddWorkflowMessaging(configuration);
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = Patience;
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private async Task<IHost> StartDepartmentHostAsync(DepartmentProbe probe)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(probe);
        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<SimulatedDepartment>().Endpoint(e => e.Name = DepartmentQueues.For(Department));
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(Servers.Amqp);
                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = Patience;
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<JsonNode> ReceiveOneAsync(IChannel channel, string queue)
    {
        var received = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            received.TrySetResult(JsonNode.Parse(Encoding.UTF8.GetString(delivery.Body.Span))!);
            return Task.CompletedTask;
        };
        var tag = await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        var envelope = await received.Task.WaitAsync(Patience);
        await channel.BasicCancelAsync(tag);
        return envelope;
    }
}
