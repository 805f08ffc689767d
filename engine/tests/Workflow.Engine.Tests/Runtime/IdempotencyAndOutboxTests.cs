using System.Text.Json;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Tests.Runtime.Operations;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// A repeated request key returns the first result; department tasks leave a TaskAssigned in the outbox, and a case's
/// end a WorkflowFinished.
/// </summary>
public sealed class IdempotencyAndOutboxTests
{
    private static string Referral() => D.Flowchart(
        $"""
        {D.Activity("edu", "Gov.Referral", D.Object("department", """{"code":"district-education","name":"区教育局","level":"district"}""") + "," + D.Literal("timeLimit", "5", "Int32"))},
        {D.Activity("w", "Elsa.WriteLine", D.Literal("text", "已回复"))}
        """,
        D.Connect("edu", "w", "approve"));

    [Fact]
    public async Task RepeatedRequestKey_ReturnsFirstResult_AndAppliesOnce()
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(Referral()), input: new() { ["divisionCode"] = "500113102001" });
        var task = view.Tasks.Values.Single();
        var reply = new RecordDepartmentReply("case-1", task.TaskId, "district-education", Actor.User("zhao", departments: ["district-education"]), "approve", null)
        {
            RequestKey = "double-click-1",
        };

        var first = await harness.Run(reply);
        var second = await harness.Run(reply);

        Assert.True(first.IsAccepted);
        Assert.True(second.IsAccepted);
        Assert.True(second.IsRepeat);
        Assert.Equal(first.Events, second.Events);
        Assert.Single(harness.Store.EventsOf("case-1").OfType<DepartmentReplied>());
        Assert.Equal(["已回复"], (await harness.View()).Lines);

        var misuse = await harness.Run(reply with { InstanceId = "case-2" });
        Assert.Equal(RejectionType.InvalidInput, misuse.Rejection!.Type);
        Assert.Equal("requestKey", misuse.Rejection.Field);
    }

    [Fact]
    public async Task RequestKey_IsTheCallersOwn_AndCannotBeReusedForAnotherCommand()
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(Referral()), input: new() { ["divisionCode"] = "500113102001" });
        var task = view.Tasks.Values.Single();
        var zhao = Actor.User("zhao", departments: ["district-education"]);
        var qian = Actor.User("qian", departments: ["district-education"]);

        var urged = await harness.Run(new UrgeTask("case-1", task.TaskId, qian, "请尽快办理") { RequestKey = "k-1" });
        var sameKeyOtherCommand = await harness.Run(new ClaimTask("case-1", task.TaskId, qian) { RequestKey = "k-1" });
        var otherCaller = await harness.Run(new RecordDepartmentReply("case-1", task.TaskId, "district-education", zhao, "approve", null) { RequestKey = "k-1" });

        Assert.True(urged.IsAccepted, urged.Rejection?.ToString());
        Assert.Equal(RejectionType.Conflict, sameKeyOtherCommand.Rejection!.Type);
        Assert.Contains("'k-1'", sameKeyOtherCommand.Rejection.Message, StringComparison.Ordinal);
        // Another person's key of the same text is another request: it runs, and never sees qian's result.
        Assert.True(otherCaller.IsAccepted, otherCaller.Rejection?.ToString());
        Assert.False(otherCaller.IsRepeat);
        Assert.Single(harness.Store.EventsOf("case-1").OfType<DepartmentReplied>());
    }

    [Fact]
    public void CallersKey_CannotReachTheSystemsTimerKeys()
    {
        Assert.Equal("timer:case-1:t1", RequestKeys.Scoped(new FireTimer("case-1", "t1") { RequestKey = "timer:case-1:t1" }));
        Assert.Equal("caller:zhao:timer:case-1:t1",
            RequestKeys.Scoped(new ClaimTask("case-1", "t1", Actor.User("zhao")) { RequestKey = "timer:case-1:t1" }));
        Assert.Equal("caller:dudao:timer:case-1:t1",
            RequestKeys.Scoped(new ClaimTask("case-1", "t1", Actor.System with { Id = "dudao" }) { RequestKey = "timer:case-1:t1" }));
        Assert.Equal("timer:case-1:t1", RequestKeys.Unscoped("caller:zhao:timer:case-1:t1"));
    }

    [Fact]
    public async Task DepartmentTask_WritesTaskAssignedToItsQueue_InTheSameCommit()
    {
        var harness = new Harness();
        await harness.Start(harness.Publish(Referral()), input: new() { ["divisionCode"] = "500113102001" });

        var claimed = await harness.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default);

        // Its officers are told in the message centre too (TaskArrived, published); the department's system gets its queue's message.
        Assert.Equal([nameof(TaskAssigned), Messaging.OutboxPlanner.TaskArrivedType], claimed.Select(m => m.MessageType));
        var message = claimed[0];
        Assert.Equal("dept.district-education", message.Destination);
        var body = JsonSerializer.Deserialize<TaskAssigned>(message.Body, Messaging.OutboxPlanner.Json)!;
        Assert.Equal("district-education", body.DepartmentCode);
        Assert.Equal("500113000000", body.DivisionCode);
        Assert.Empty(await harness.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default)); // leased

        await harness.Store.MarkSentAsync(claimed.Select(m => m.Id).ToList(), default);
        Assert.Null(await harness.Store.OldestUnsentAgeAsync(default));
    }

    [Fact]
    public async Task FinishedInstance_WritesWorkflowFinishedWithTheResult_InTheSameCommit()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""
            {D.Activity("set", "Elsa.SetVariable", """ "variable": { "id": "v1", "name": "result" }, """ + D.Literal("value", "approved"))},
            {D.Activity("e", "Elsa.End")}
            """,
            D.Connect("set", "e"),
            """[ { "id": "v1", "name": "result", "typeName": "String" } ]"""));

        var view = await harness.Start(definition);

        Assert.True(view.IsFinished);
        var message = Assert.Single(await harness.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Equal((Messaging.OutboxPlanner.WorkflowFinishedType, "workflow-finished:case-1", null),
            (message.MessageType, message.MessageId, message.Destination));
        var body = JsonSerializer.Deserialize<WorkflowFinished>(message.Body, Messaging.OutboxPlanner.Json)!;
        Assert.Equal(new WorkflowFinished("case-1", "test", 1, "Finished", "approved", harness.Time.GetUtcNow()), body);
    }

    [Fact]
    public async Task CancelledInstance_WritesWorkflowFinishedWithoutResult()
    {
        var (harness, _) = await Flows.OpenedAsync(Flows.OneStep());

        var ended = await harness.Run(new CancelInstance("case-1", Actor.User("window"), CaseEndKind.Withdrawn, "申请人主动撤回申请"));

        Assert.True(ended.IsAccepted, ended.Rejection?.ToString());
        var message = Assert.Single(await harness.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default),
            m => m.MessageType == Messaging.OutboxPlanner.WorkflowFinishedType);
        var body = JsonSerializer.Deserialize<WorkflowFinished>(message.Body, Messaging.OutboxPlanner.Json)!;
        Assert.Equal(("Withdrawn", null), (body.SubStatus, body.Result));
    }

    [Fact]
    public void Planner_WithoutTheInstance_PlansNoWorkflowFinished()
    {
        var events = new WorkflowEvent[] { new InstanceFinished(WorkflowSubStatus.Finished, DateTimeOffset.UnixEpoch) };

        Assert.Empty(Messaging.OutboxPlanner.Plan("case-1", events));
    }
}
