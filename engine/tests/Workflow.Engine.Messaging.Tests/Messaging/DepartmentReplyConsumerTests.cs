using MassTransit;
using MassTransit.Testing;
using Workflow.Engine.Messaging.Consumers;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Messaging.Tests.Support;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging.Tests.Messaging;

/// <summary>Department replies consumed from the bus, on MassTransit's in-memory test harness.</summary>
public sealed class DepartmentReplyConsumerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async Task<(TestEngine Engine, string TaskId)> ReferralOpen()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.Referral());
        var view = await engine.StartAsync("referral");
        return (engine, view.Tasks.Values.Single().TaskId);
    }

    private static DepartmentReply Reply(string taskId, string? requestKey = null, string outcome = "approve") =>
        new(taskId, "case-1", "district-education", "edu-zhang", outcome, "核实无误", new() { ["amount"] = 1500 }, requestKey);

    private static async Task SendAsync(HarnessHost host, DepartmentReply reply, Guid? messageId = null)
    {
        var endpoint = await host.Harness.Bus.GetSendEndpoint(new Uri("queue:wf.department-replies"));
        await endpoint.Send(reply, c => c.MessageId = messageId ?? NewId.NextGuid());
    }

    [Fact]
    public async Task Reply_Consumed_MovesTheInstanceOn()
    {
        var (engine, taskId) = await ReferralOpen();
        await using var host = await HarnessHost.StartAsync(engine);
        var finished = engine.Store.WhenCommitted<InstanceFinished>("case-1");

        await SendAsync(host, Reply(taskId, "dept-reply-1"));
        await finished.WaitAsync(Patience);

        var view = await engine.ViewAsync();
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        Assert.Equal(["教育局已回复"], view.Lines);
        var replied = Assert.Single(engine.Events().OfType<DepartmentReplied>());
        Assert.Equal("approve", replied.Outcome);
        Assert.Equal(1500, (int)replied.Data!["amount"]!);
    }

    [Fact]
    public async Task Reply_DeliveredTwiceWithOneMessageId_IsAppliedOnce()
    {
        var (engine, taskId) = await ReferralOpen();
        await using var host = await HarnessHost.StartAsync(engine);
        var consumed = new ConsumeCounter<DepartmentReply>();
        using var observer = host.Harness.Bus.ConnectConsumeMessageObserver(consumed);
        var messageId = NewId.NextGuid();

        await SendAsync(host, Reply(taskId), messageId);
        await SendAsync(host, Reply(taskId), messageId);
        await consumed.WhenCount(2).WaitAsync(Patience);

        Assert.Single(engine.Events().OfType<DepartmentReplied>());
        Assert.False(await host.Harness.Published.Any<Fault<DepartmentReply>>());
    }

    [Fact]
    public async Task Reply_SentTwiceWithOneRequestKey_IsAppliedOnce()
    {
        var (engine, taskId) = await ReferralOpen();
        await using var host = await HarnessHost.StartAsync(engine);
        var consumed = new ConsumeCounter<DepartmentReply>();
        using var observer = host.Harness.Bus.ConnectConsumeMessageObserver(consumed);

        await SendAsync(host, Reply(taskId, "edu-system-42"));
        await SendAsync(host, Reply(taskId, "edu-system-42"));
        await consumed.WhenCount(2).WaitAsync(Patience);

        Assert.Single(engine.Events().OfType<DepartmentReplied>());
    }

    [Fact]
    public async Task Reply_Rejected_IsAcknowledgedAndLogged_NotFaulted()
    {
        var (engine, taskId) = await ReferralOpen();
        await using var host = await HarnessHost.StartAsync(engine);

        await SendAsync(host, Reply(taskId, "bad-outcome", outcome: "maybe"));
        Assert.True(await host.Harness.Consumed.Any<DepartmentReply>());

        Assert.Empty(engine.Events().OfType<DepartmentReplied>());
        Assert.False(await host.Harness.Published.Any<Fault<DepartmentReply>>());
        Assert.Contains(engine.Logs.Entries, e => e.Id.Id == 2212);
    }

    [Fact]
    public async Task Reply_VersionConflict_IsRetriedUntilItApplies()
    {
        var (engine, taskId) = await ReferralOpen();
        await using var host = await HarnessHost.StartAsync(engine);
        var finished = engine.Store.WhenCommitted<InstanceFinished>("case-1");
        engine.Store.InjectConflicts(2);

        await SendAsync(host, Reply(taskId, "raced-1"));
        await finished.WaitAsync(Patience);

        Assert.Single(engine.Events().OfType<DepartmentReplied>());
        Assert.Equal(2, engine.Logs.Entries.Count(e => e.Id.Id == 2213));
    }

    [Fact]
    public async Task Reply_BrokenDatabase_FaultsAtOnceToTheErrorQueue()
    {
        var (engine, taskId) = await ReferralOpen();
        await using var host = await HarnessHost.StartAsync(engine);
        engine.Store.FailCommitsWith = () => new InvalidOperationException("disk full");

        await SendAsync(host, Reply(taskId, "poison-1"));

        Assert.True(await host.Harness.Published.Any<Fault<DepartmentReply>>());
        var consumed = host.Harness.GetConsumerHarness<DepartmentReplyConsumer>().Consumed.Select<DepartmentReply>().ToList();
        Assert.Single(consumed);
        Assert.NotNull(consumed[0].Exception);
    }
}
