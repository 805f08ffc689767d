using MassTransit;
using MassTransit.Testing;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Messaging.Outbox;
using Workflow.Engine.Messaging.Tests.Support;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Messaging.Tests.Messaging;

/// <summary>The outbox relay on MassTransit's in-memory test harness.</summary>
public sealed class OutboxRelayTests
{
    [Fact]
    public async Task Relay_ReferralOpens_SendsTaskAssignedToDepartmentQueueOnce_EvenWhenRunTwice()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.Referral());
        var view = await engine.StartAsync("referral");
        var taskId = view.Tasks.Values.Single().TaskId;
        await using var host = await HarnessHost.StartAsync(engine);
        var sends = new SentTaskAssigned();
        using var observer = host.Harness.Bus.ConnectSendObserver(sends);

        var first = await host.Relay.RelayOnceAsync();
        var second = await host.Relay.RelayOnceAsync();

        // The department's queue message, and its officers' 待办 notice (published for the message centre).
        Assert.Equal(2, first);
        Assert.Equal(0, second);
        Assert.True(await host.Harness.Sent.Any<TaskAssigned>());
        var sent = Assert.Single(sends.Sends);
        Assert.Equal("/dept.district-education", sent.Destination!.AbsolutePath);
        Assert.Equal(MessageIds.For($"task-assigned:{taskId}"), sent.MessageId);
        Assert.Equal(taskId, sent.Message.TaskId);
        Assert.Equal("case-1", sent.Message.InstanceId);
        Assert.Equal(["approve", "reject"], sent.Message.Outcomes);
        Assert.Null(await engine.Store.OldestUnsentAgeAsync(default));
    }

    [Fact]
    public async Task Relay_CrashBeforeMarkingSent_ResendsAfterLease_WithTheSameMessageId()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.Referral());
        await engine.StartAsync("referral");
        var outbox = new ForgetfulOutbox(engine.Store);
        await using var host = await HarnessHost.StartAsync(engine);
        var sends = new SentTaskAssigned();
        using var observer = host.Harness.Bus.ConnectSendObserver(sends);
        var relay = new OutboxRelay(outbox, host.Harness.Bus,
            Microsoft.Extensions.Options.Options.Create(new Configuration.MessagingOptions()), engine.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxRelay>.Instance);

        await relay.RelayOnceAsync();
        engine.Time.Advance(TimeSpan.FromMinutes(2));
        await relay.RelayOnceAsync();

        var sent = sends.Sends.ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].MessageId, sent[1].MessageId);
    }

    [Fact]
    public async Task Relay_UnknownContractName_LeavesTheRowUnsent()
    {
        var engine = new TestEngine();
        var outbox = new Rows(new OutboxMessage("x:1", "case-9", "System.Diagnostics.Process", null, "{}", engine.Time.GetUtcNow()) { Id = 7 });
        await using var host = await HarnessHost.StartAsync(engine);
        var relay = new OutboxRelay(outbox, host.Harness.Bus,
            Microsoft.Extensions.Options.Options.Create(new Configuration.MessagingOptions()), engine.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxRelay>.Instance);

        var sent = await relay.RelayOnceAsync();

        Assert.Equal(0, sent);
        Assert.Empty(outbox.Marked);
    }

    /// <summary>催办 and 督办 rows are sent like any other, not left to be parked as unknown.</summary>
    [Fact]
    public async Task Relay_UrgeAndSupervisionNotices_ArePublishedAndMarkedSent()
    {
        var engine = new TestEngine();
        var at = engine.Time.GetUtcNow();
        var urged = new TaskUrgedNotice("case-9-2", "case-9", "乡镇审核", "请尽快办理", "director", ["officer"], "民政办", "500113102000", null, null, at);
        var supervised = new TaskSupervisedNotice("case-9-2", "case-9", "乡镇审核", "超期", "dudao", "officer", "500113102000", "500113000000",
            "督办：任务「乡镇审核」已超期", null, at);
        var outbox = new Rows(
            new OutboxMessage("task-urged:case-9-2:1:director", "case-9", OutboxPlanner.TaskUrgedType, null,
                System.Text.Json.JsonSerializer.Serialize(urged, OutboxPlanner.Json), at) { Id = 1 },
            new OutboxMessage("task-supervised:case-9-2:1:dudao", "case-9", OutboxPlanner.TaskSupervisedType, null,
                System.Text.Json.JsonSerializer.Serialize(supervised, OutboxPlanner.Json), at) { Id = 2 });
        await using var host = await HarnessHost.StartAsync(engine);
        var relay = new OutboxRelay(outbox, host.Harness.Bus,
            Microsoft.Extensions.Options.Options.Create(new Configuration.MessagingOptions()), engine.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxRelay>.Instance);

        var sent = await relay.RelayOnceAsync();

        Assert.Equal(2, sent);
        Assert.Equal([1L, 2L], outbox.Marked.Order());
        Assert.True(await host.Harness.Published.Any<TaskUrgedNotice>(m => m.Context.Message.Recipients.Single() == "officer"));
        Assert.True(await host.Harness.Published.Any<TaskSupervisedNotice>(m => m.Context.Message.SuperiorDivisionCode == "500113000000"));
    }

    /// <summary>A case's end is published (no queue) for the ledger and the hotline, not parked as unknown.</summary>
    [Fact]
    public async Task Relay_WorkflowFinished_IsPublishedAndMarkedSent()
    {
        var engine = new TestEngine();
        var at = engine.Time.GetUtcNow();
        var finished = new WorkflowFinished("case-9", "dibao", 1, "Finished", "approved", at);
        var outbox = new Rows(new OutboxMessage("workflow-finished:case-9", "case-9", OutboxPlanner.WorkflowFinishedType, null,
            System.Text.Json.JsonSerializer.Serialize(finished, OutboxPlanner.Json), at) { Id = 3 });
        await using var host = await HarnessHost.StartAsync(engine);
        var relay = new OutboxRelay(outbox, host.Harness.Bus,
            Microsoft.Extensions.Options.Options.Create(new Configuration.MessagingOptions()), engine.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxRelay>.Instance);

        var sent = await relay.RelayOnceAsync();

        Assert.Equal(1, sent);
        Assert.Equal([3L], outbox.Marked);
        Assert.True(await host.Harness.Published.Any<WorkflowFinished>(m => m.Context.Message.Result == "approved"));
    }

    [Fact]
    public void MessageIds_AreDeterministicVersion8Guids()
    {
        var a = MessageIds.For("task-assigned:case-1-3");

        Assert.Equal(a, MessageIds.For("task-assigned:case-1-3"));
        Assert.NotEqual(a, MessageIds.For("task-assigned:case-1-4"));
        Assert.Equal(8, a.Version);
        Assert.Equal(0b10, a.Variant >> 2);
    }

    /// <summary>Claims like the real outbox but never marks: the relay's host dies between send and mark.</summary>
    private sealed class ForgetfulOutbox(IOutboxStore inner) : IOutboxStore
    {
        public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimAsync(max, lease, cancellationToken);

        public Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken) => inner.OldestUnsentAgeAsync(cancellationToken);
    }

    private sealed class Rows(params OutboxMessage[] rows) : IOutboxStore
    {
        public List<long> Marked { get; } = [];

        public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<OutboxMessage>>(rows);

        public Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
        {
            Marked.AddRange(ids);
            return Task.CompletedTask;
        }

        public Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken) => Task.FromResult<TimeSpan?>(null);
    }
}
