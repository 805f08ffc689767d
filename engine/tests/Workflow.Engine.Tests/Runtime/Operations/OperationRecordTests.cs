using System.Text.Json.Nodes;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>Every new event survives JSON; a task carrying every operation's state survives the snapshot and replay.</summary>
public sealed class OperationRecordTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-03-02T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<WorkflowEvent> Events() =>
    [
        new TaskClaimed("t", "wang", At),
        new TaskReleased("t", "wang", At),
        new TaskTransferred("t", "wang", "sun", "出差", At),
        new TaskDelegated("t", "wang", "expert", "请核实", At),
        new DelegateAnswered("t", "expert", "wang", "reject", "不符", new JsonObject { ["k"] = 1 }, At),
        new SignerAnswered("t", "a", "approve", null, At),
        new SignerAdded("t", "d", "a", "需财务意见", At),
        new SignerRemoved("t", "d", "a", null, At),
        new SupplementRequested("t", "li", ["户口簿", "收入证明"], 15, "tm9", At.AddDays(15), At),
        new SupplementSupplied("t", "window", ["户口簿"], At),
        new TaskWithdrawn("t2", "t1", "t3", "wang", At),
        new TaskUrged("t", "window", "请尽快办理", At),
        new TaskCopied("t", "li", ["chief"], "请知悉", At),
        new TaskSupervised("t", "boss", "超期", "li", "500113000000", At),
        new DeliberationRecorded("t", "li", ["张", "王"], 1, 1, 0, "纪要", At),
        new TaskOpened("t", "b1", "root", "a", TaskKind.Approval, "审核", new TaskAssignee("民政办", "township", "500113102000", null, null),
            ["approve"], [], 5, At, null, At)
        {
            Candidates = [new Candidate("li", "持有岗位")], Fallback = "空缺上移", PreviousTaskId = "t0",
            Signing = new TaskSigning(SignModes.Vote, ["a", "b"], 0.5),
        },
        new DecisionRecorded("t", "a", "approve", null, null, At) { Tally = new SignTally("vote", new Dictionary<string, int> { ["approve"] = 2 }, 0, "票签") },
        new InstanceFinished(WorkflowSubStatus.ClosedForMissingMaterial, At) { Rule = "补正期限 15 天届满未补齐，自动结案" },
        new TimerScheduled("tm1", null, At, TaskId: "t"),
        new ClockWarningRaised("case", ClockWarning.Red, At, At) { Rule = "红色预警" },
    ];

    [Theory]
    [MemberData(nameof(Events))]
    public void Event_JsonRoundTrip_IsStable(WorkflowEvent e)
    {
        var json = EventSerializer.Serialize(e);
        var back = EventSerializer.Deserialize(json);
        Assert.Equal(e.GetType(), back.GetType());
        Assert.Equal(json, EventSerializer.Serialize(back));
    }

    [Fact]
    public async Task TaskWithEveryOperationsState_SurvivesSnapshotCopyAndReplay()
    {
        var org = new FakeOrganisation().With("民政办", Flows.Township, "li", "zhao");
        var h = new Harness(assignments: org);
        var view = await h.Start(h.Publish(Flows.OneStep()), input: Flows.Input());
        var taskId = view.Tasks.Keys.Single();
        var li = Actor.User("li");
        foreach (var command in new WorkflowCommand[]
        {
            new ClaimTask("case-1", taskId, li),
            new CopyTask("case-1", taskId, li, ["chief"], "请知悉"),
            new RecordDeliberation("case-1", taskId, li, ["张", "王"], 2, 0, 0, "同意"),
            new DelegateTask("case-1", taskId, li, "expert", "请核实"),
            new RecordDecision("case-1", taskId, Actor.User("expert"), "approve", "属实", new JsonObject { ["checked"] = true }),
            new RequestSupplement("case-1", taskId, li, ["户口簿"], 10),
        })
        {
            var result = await h.Run(command);
            Assert.True(result.IsAccepted, result.Rejection?.ToString());
        }
        var task = (await h.View()).Tasks[taskId];
        Assert.Equal(("li", "li", 1, 1, 1), (task.ClaimedBy, task.Holder, task.Copies.Count, task.Deliberations.Count, task.Opinions.Count));
        Assert.NotNull(task.Supplement);
        await h.AssertReplayMatches();

        // A snapshot written before these fields existed reads back with them empty.
        var json = InstanceSnapshot.ToJson(await h.View());
        var trimmed = JsonNode.Parse(json)!.AsObject();
        foreach (var field in new[] { "claimedBy", "holder", "delegatedBy", "signers", "copies", "supplement", "opinions", "deliberations" })
        {
            trimmed["tasks"]![taskId]!.AsObject().Remove(field);
        }
        var old = InstanceSnapshot.FromJson(trimmed.ToJsonString());
        Assert.Null(old.Tasks[taskId].Holder);
        Assert.Empty(old.Tasks[taskId].Copies);
    }
}
