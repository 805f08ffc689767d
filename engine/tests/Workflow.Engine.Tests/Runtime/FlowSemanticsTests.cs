using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Serialization;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>The join rule of engine/README.md and the Elsa activities the compat fixtures do not reach.</summary>
public sealed class FlowSemanticsTests
{
    private static string Write(string id, string text) => D.Activity(id, "Elsa.WriteLine", D.Literal("text", text));

    [Theory]
    [InlineData("Stream", new[] { "A", "C" })]
    [InlineData("Merge", new[] { "A", "C" })]
    [InlineData("Converge", new[] { "A" })]
    [InlineData("Race", new[] { "A", "C" })]
    public async Task ImplicitJoin_WithDeadBranch_FollowsItsMergeMode(string mode, string[] expected)
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $$"""
            {{D.Activity("s", "Elsa.Start")}},
            {{Write("a", "A")}},
            {{D.Activity("d", "Elsa.FlowDecision", D.Literal("condition", "false", "Boolean"))}},
            {{Write("b", "B")}},
            { "id": "c", "type": "Elsa.WriteLine", "version": 1, "customProperties": { "mergeMode": "{{mode}}" },
              {{D.Literal("text", "C")}} }
            """,
            $"{D.Connect("s", "a")}, {D.Connect("s", "d")}, {D.Connect("d", "b", "True")}, {D.Connect("a", "c")}, {D.Connect("b", "c")}"));

        var view = await harness.Start(definition);

        Assert.Equal(expected, view.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task MergeJoin_WaitsForEveryLiveBranch_RunsOnce()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $$"""
            {{D.Activity("f", "Elsa.FlowFork", D.Object("branches", """["x","y"]"""))}},
            {{D.Activity("wait", "Elsa.Event", D.Literal("eventName", "材料到齐"))}},
            {{Write("now", "立即")}},
            { "id": "j", "type": "Elsa.FlowJoin", "version": 1, {{D.Literal("mode", "WaitAllActive")}} },
            {{Write("after", "汇合")}}
            """,
            $"{D.Connect("f", "wait", "x")}, {D.Connect("f", "now", "y")}, {D.Connect("wait", "j")}, {D.Connect("now", "j")}, {D.Connect("j", "after")}"));

        var view = await harness.Start(definition);
        Assert.Equal(["立即"], view.Lines);
        Assert.Equal(WorkflowSubStatus.Suspended, view.SubStatus);

        var raised = await harness.Run(new RaiseEvent("case-1", "材料到齐"));
        Assert.True(raised.IsAccepted);
        Assert.Equal(["立即", "汇合"], raised.Instance!.Lines);

        var again = await harness.Run(new RaiseEvent("case-1", "材料到齐"));
        Assert.Equal(RejectionType.InvalidState, again.Rejection!.Type);
        await harness.AssertReplayMatches();
    }

    [Theory]
    [InlineData("MatchFirst", "return getAmount() > 1000;", new[] { "大额" })]
    [InlineData("MatchAny", "return getAmount() > 1000;", new[] { "大额", "需复核" })]
    [InlineData("MatchFirst", "return getAmount() > 9000;", new[] { "需复核" })]
    [InlineData("MatchFirst", "false", new[] { "其他" })]
    public async Task FlowSwitch_PicksCasesByMode(string mode, string bigCondition, string[] expected)
    {
        var harness = new Harness();
        var review = bigCondition == "false" ? "false" : "getAmount() >= 500";
        var definition = harness.Publish(D.Flowchart(
            $$"""
            { "id": "sw", "type": "Elsa.FlowSwitch", "version": 1, {{D.Literal("mode", mode)}},
              "cases": [ { "label": "big", "condition": { "type": "JavaScript", "value": {{System.Text.Json.JsonSerializer.Serialize(bigCondition)}} } },
                         { "label": "review", "condition": { "type": "JavaScript", "value": "{{review}}" } } ] },
            {{Write("b", "大额")}}, {{Write("r", "需复核")}}, {{Write("o", "其他")}}
            """,
            $"{D.Connect("sw", "b", "big")}, {D.Connect("sw", "r", "review")}, {D.Connect("sw", "o", "Default")}",
            """[ { "id": "amount", "name": "Amount", "typeName": "Int32", "value": "1500" } ]"""));

        var view = await harness.Start(definition);

        Assert.Equal(expected, view.Lines);
    }

    [Fact]
    public async Task Delay_WaitsOnDurableTimer_FiresOnlyWhenDue()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"{D.Activity("wait", "Elsa.Delay", D.Literal("timeSpan", "1.00:00:00", "TimeSpan"))}, {Write("w", "次日")}",
            D.Connect("wait", "w")));
        var view = await harness.Start(definition);
        var timer = Assert.Single(view.Timers.Values);
        Assert.Equal(harness.Time.GetUtcNow().AddDays(1), timer.DueAt);

        var early = await harness.Run(new FireTimer("case-1", timer.TimerId));
        Assert.Equal(RejectionType.InvalidState, early.Rejection!.Type);

        harness.Time.Advance(TimeSpan.FromDays(1));
        var fired = await harness.Run(new FireTimer("case-1", timer.TimerId));
        Assert.Equal(["次日"], fired.Instance!.Lines);
        Assert.Empty(fired.Instance.Timers);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task End_ClosesItsFlowchart_CancellingTasksStillOpen()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""
            {D.Activity("s", "Elsa.Start")},
            {D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}"""))},
            {D.Activity("wait", "Elsa.Delay", D.Literal("timeSpan", "00:10:00", "TimeSpan"))},
            {D.Activity("e", "Elsa.End")}
            """,
            $"{D.Connect("s", "t")}, {D.Connect("s", "wait")}, {D.Connect("wait", "e")}"));
        var view = await harness.Start(definition, input: new() { ["divisionCode"] = "500113102001" });
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        var fired = await harness.Run(new FireTimer("case-1", view.Timers.Keys.Single()));

        Assert.Equal(WorkflowSubStatus.Finished, fired.Instance!.SubStatus);
        Assert.Equal(Workflow.Engine.State.TaskLifecycle.Cancelled, fired.Instance.Tasks.Values.Single().Status);
        Assert.Empty(fired.Instance.Bookmarks);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Finish_InsideNestedFlowchart_EndsWholeWorkflow()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $$"""
            {{D.Activity("s", "Elsa.Start")}},
            {{D.Activity("ev", "Elsa.Event", D.Literal("eventName", "never"))}},
            { "id": "node", "type": "Elsa.FlowNode", "version": 1,
              "body": { "id": "inner", "type": "Elsa.Flowchart", "version": 1,
                "activities": [ {{Write("w", "内层")}}, {{D.Activity("fin", "Elsa.Finish")}} ],
                "connections": [ {{D.Connect("w", "fin")}} ] } }
            """,
            $"{D.Connect("s", "ev")}, {D.Connect("s", "node")}"));

        var view = await harness.Start(definition);

        Assert.Equal(["内层"], view.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        Assert.Empty(view.Bookmarks);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task UnvalidatedLoop_IsStoppedByTheBurstFuse()
    {
        var harness = new Harness(new EngineOptions { MaxActivitiesPerBurst = 50 });
        var loop = DefinitionReader.Read(D.Flowchart(
            $"{D.Activity("s", "Elsa.Start")}, {Write("a", "转圈")}",
            $"{D.Connect("s", "a")}, {D.Connect("a", "a")}"));
        Assert.False(loop.IsValid);
        harness.Catalog.Publish(loop.Definition!); // bypasses publishing checks on purpose

        var view = await harness.Start(loop.Definition!);

        Assert.Equal(WorkflowSubStatus.Faulted, view.SubStatus);
        Assert.Equal("RunawayFlow", view.Incidents.Single().Code);
        Assert.Equal(49, view.Lines.Count);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task StartInstance_Twice_IsConflict_AndUnknownDefinitionIsNotFound()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(Write("w", "x"), ""));
        await harness.Start(definition);

        var twice = await harness.Run(new StartInstance("case-1", definition.DefinitionId, null, null));
        Assert.Equal(RejectionType.Conflict, twice.Rejection!.Type);

        var unknown = await harness.Run(new StartInstance("case-2", "no-such-definition", null, null));
        Assert.Equal(RejectionType.NotFound, unknown.Rejection!.Type);
        Assert.Equal("definitionId", unknown.Rejection.Field);
    }
}
