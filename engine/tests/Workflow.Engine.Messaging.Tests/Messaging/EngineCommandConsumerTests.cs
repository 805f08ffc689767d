using MassTransit;
using MassTransit.Testing;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Messaging.Tests.Support;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging.Tests.Messaging;

/// <summary>Engine commands arriving over the bus: decisions and timer firings on the shared engine queue.</summary>
public sealed class EngineCommandConsumerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly BusActor TownshipOfficer = new("li", ["民政办"], ["500113102000"], []);

    private static async Task<(TestEngine Engine, string TaskId)> ApprovalOpen()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.ApprovalTask());
        var view = await engine.StartAsync("approval");
        return (engine, view.Tasks.Values.Single().TaskId);
    }

    [Fact]
    public async Task SubmitDecision_OverTheBus_IsRecorded_AndARepeatAnswersFromTheFirstResult()
    {
        var (engine, taskId) = await ApprovalOpen();
        await using var host = await HarnessHost.StartAsync(engine);
        var client = host.Harness.Bus.CreateRequestClient<SubmitDecision>(new Uri("queue:wf.engine"));
        var decision = new SubmitDecision("case-1", taskId, TownshipOfficer, "approve", "同意", null, "window-7:click-1");

        var first = await client.GetResponse<CommandOutcome>(decision);
        var repeat = await client.GetResponse<CommandOutcome>(decision);

        Assert.True(first.Message.Accepted);
        Assert.False(first.Message.IsRepeat);
        Assert.True(repeat.Message.IsRepeat);
        Assert.Single(engine.Events().OfType<DecisionRecorded>());
        var view = await engine.ViewAsync();
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        Assert.Equal(["批准"], view.Lines);
    }

    [Fact]
    public async Task SubmitDecision_NotTheActorsTask_IsAnsweredWithTheRejection()
    {
        var (engine, taskId) = await ApprovalOpen();
        await using var host = await HarnessHost.StartAsync(engine);
        var client = host.Harness.Bus.CreateRequestClient<SubmitDecision>(new Uri("queue:wf.engine"));
        var stranger = new BusActor("wang", ["财务科"], ["500113102000"], []);

        var answer = await client.GetResponse<CommandOutcome>(new SubmitDecision("case-1", taskId, stranger, "approve", null, null, "k-2"));

        Assert.False(answer.Message.Accepted);
        Assert.Equal("Forbidden", answer.Message.RejectionType);
        Assert.Empty(engine.Events().OfType<DecisionRecorded>());
        Assert.False(await host.Harness.Published.Any<Fault<SubmitDecision>>());
    }

    [Fact]
    public async Task FireTimersOverBus_PumpSendsTheTimer_AndAConsumerFiresItOnce()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.Delay("00:10:00"));
        var timerId = (await engine.StartAsync("delay")).Timers.Keys.Single();
        await using var host = await HarnessHost.StartAsync(engine, new Dictionary<string, string?> { ["Messaging:FireTimersOverBus"] = "true" });
        var fired = engine.Store.WhenCommitted<TimerFired>("case-1");

        engine.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Pump.PumpOnceAsync();
        await fired.WaitAsync(Patience);

        Assert.True(await host.Harness.Sent.Any<FireTimerRequested>(m => m.Context.Message.RequestKey == TimerFiring.RequestKeyFor("case-1", timerId)));
        Assert.Single(engine.Events().OfType<TimerFired>());
        Assert.Equal(["等待结束"], (await engine.ViewAsync()).Lines);
    }

    [Fact]
    public async Task FireTimerRequested_ForATimerAlreadyFired_IsAcknowledgedAsARepeat()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.Delay("00:10:00"));
        var view = await engine.StartAsync("delay");
        var timer = view.Timers.Values.Single();
        engine.Time.Advance(TimeSpan.FromMinutes(10));
        await using var host = await HarnessHost.StartAsync(engine);
        var consumed = new ConsumeCounter<FireTimerRequested>();
        using var observer = host.Harness.Bus.ConnectConsumeMessageObserver(consumed);
        var endpoint = await host.Harness.Bus.GetSendEndpoint(new Uri("queue:wf.engine"));
        var message = new FireTimerRequested("case-1", timer.TimerId, timer.DueAt, TimerFiring.RequestKeyFor("case-1", timer.TimerId));

        await endpoint.Send(message);
        await endpoint.Send(message);
        await consumed.WhenCount(2).WaitAsync(Patience);

        Assert.Single(engine.Events().OfType<TimerFired>());
        Assert.False(await host.Harness.Published.Any<Fault<FireTimerRequested>>());
    }
}
