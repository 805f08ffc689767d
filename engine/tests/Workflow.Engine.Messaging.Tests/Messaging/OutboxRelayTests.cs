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

        Assert.Equal(1, first);
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
        var outbox = new OneRow(new OutboxMessage("x:1", "case-9", "System.Diagnostics.Process", null, "{}", engine.Time.GetUtcNow()) { Id = 7 });
        await using var host = await HarnessHost.StartAsync(engine);
        var relay = new OutboxRelay(outbox, host.Harness.Bus,
            Microsoft.Extensions.Options.Options.Create(new Configuration.MessagingOptions()), engine.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxRelay>.Instance);

        var sent = await relay.RelayOnceAsync();

        Assert.Equal(0, sent);
        Assert.Empty(outbox.Marked);
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

    private sealed class OneRow(OutboxMessage row) : IOutboxStore
    {
        public List<long> Marked { get; } = [];

        public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<OutboxMessage>>([row]);

        public Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
        {
            Marked.AddRange(ids);
            return Task.CompletedTask;
        }

        public Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken) => Task.FromResult<TimeSpan?>(null);
    }
}
