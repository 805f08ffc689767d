using System.Text.Json.Nodes;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>Our approval activities on the real executor: tasks, chains with routing, referrals, public notices.</summary>
public sealed class ApprovalActivityTests
{
    private const string Village = "500113102001";
    private static readonly JsonObject Input = new() { ["divisionCode"] = Village };
    private static readonly Actor TownshipOfficer = Actor.User("li", ["民政办"], ["500113102000"]);

    private static string Chain() => D.Flowchart(
        $"""
        {D.Activity("s", "Elsa.Start")},
        {D.Activity("chain", "Gov.ApprovalChain", D.Literal("serviceItem", "dibao") + "," + D.Object("levels",
            """[{"level":"village","post":"村协理员","title":"入户调查","timeLimit":5},{"level":"township","post":"民政办","title":"乡镇审核","timeLimit":10},{"level":"district","post":"区民政局","title":"区县确认","timeLimit":10}]"""))},
        {D.Activity("ok", "Elsa.WriteLine", D.Literal("text", "批准"))},
        {D.Activity("no", "Elsa.WriteLine", D.Literal("text", "不予批准"))},
        {D.Activity("back", "Elsa.WriteLine", D.Literal("text", "退回补正"))}
        """,
        $"""{D.Connect("s", "chain")}, {D.Connect("chain", "ok", "approve")}, {D.Connect("chain", "no", "reject")}, {D.Connect("chain", "back", "return")}""");

    [Fact]
    public async Task Chain_NoRoutingRule_WalksEveryLevelUpToDistrict()
    {
        var harness = new Harness();
        var definition = harness.Publish(Chain());
        var view = await harness.Start(definition, input: Input);

        var levels = new List<string>();
        while (view.Tasks.Values.FirstOrDefault(t => t.Status == Workflow.Engine.State.TaskLifecycle.Open) is { } task)
        {
            levels.Add($"{task.Opened.Assignee.Level}:{task.Opened.Assignee.DivisionCode}");
            var result = await harness.Run(new RecordDecision("case-1", task.TaskId, Actor.System, "approve", null));
            Assert.True(result.IsAccepted, result.Rejection?.ToString());
            view = result.Instance!;
        }

        Assert.Equal(["village:500113102001", "township:500113102000", "district:500113000000"], levels);
        Assert.Equal(["批准"], view.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Chain_TownshipDecidesByRoutingRule_StopsAtTownship()
    {
        var routing = new FixedRouting(new RoutingRule("rule:dibao@500113", ["village", "township", "district"], "township"));
        var harness = new Harness(routing: routing);
        var definition = harness.Publish(Chain());
        var view = await harness.Start(definition, input: Input);

        var started = harness.Store.EventsOf("case-1").OfType<ChainStarted>().Single();
        Assert.Equal("rule:dibao@500113", started.RuleSource);
        Assert.Equal(["village", "township"], started.Levels.Select(l => l.Level));
        for (var i = 0; i < 2; i++)
        {
            var task = view.Tasks.Values.Single(t => t.Status == Workflow.Engine.State.TaskLifecycle.Open);
            view = (await harness.Run(new RecordDecision("case-1", task.TaskId, Actor.System, "approve", null))).Instance!;
        }
        Assert.Equal(["批准"], view.Lines);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Chain_ReturnAtTownship_GoesBackToVillage_ThenReturnAtVillageLeavesOnReturn()
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(Chain()), input: Input);
        var village = view.Tasks.Values.Single();
        view = (await harness.Run(new RecordDecision("case-1", village.TaskId, Actor.System, "approve", null))).Instance!;
        var township = view.Tasks.Values.Single(t => t.Status == Workflow.Engine.State.TaskLifecycle.Open);

        view = (await harness.Run(new RecordDecision("case-1", township.TaskId, TownshipOfficer, "return", "收入证明缺失"))).Instance!;
        var villageAgain = view.Tasks.Values.Single(t => t.Status == Workflow.Engine.State.TaskLifecycle.Open);
        Assert.Equal("village", villageAgain.Opened.Assignee.Level);

        view = (await harness.Run(new RecordDecision("case-1", villageAgain.TaskId, Actor.System, "return", "请补充材料"))).Instance!;
        Assert.Equal(["退回补正"], view.Lines);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Decision_Rejections_AreValuesNamingTheProblem()
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(Chain()), input: Input);
        var task = view.Tasks.Values.Single();
        var villager = Actor.User("wang", ["村协理员"], [Village]);

        var wrongPost = await harness.Run(new RecordDecision("case-1", task.TaskId, TownshipOfficer, "approve", null));
        Assert.Equal(RejectionType.Forbidden, wrongPost.Rejection!.Type);

        var noDivision = await harness.Run(new RecordDecision("case-1", task.TaskId, Actor.User("zhou", ["村协理员"]), "approve", null));
        Assert.Equal(RejectionType.Forbidden, noDivision.Rejection!.Type);

        var otherVillage = await harness.Run(new RecordDecision("case-1", task.TaskId, Actor.User("zhou", ["村协理员"], ["500113102002"]), "approve", null));
        Assert.Equal(RejectionType.Forbidden, otherVillage.Rejection!.Type);

        var noComment = await harness.Run(new RecordDecision("case-1", task.TaskId, villager, "reject", " "));
        Assert.Equal(RejectionType.InvalidInput, noComment.Rejection!.Type);
        Assert.Equal("comment", noComment.Rejection.Field);

        var badOutcome = await harness.Run(new RecordDecision("case-1", task.TaskId, villager, "maybe", null));
        Assert.Equal("outcome", badOutcome.Rejection!.Field);

        var unknown = await harness.Run(new RecordDecision("case-1", "nope", villager, "approve", null));
        Assert.Equal(RejectionType.NotFound, unknown.Rejection!.Type);

        Assert.True((await harness.Run(new RecordDecision("case-1", task.TaskId, villager, "approve", null))).IsAccepted);
        var twice = await harness.Run(new RecordDecision("case-1", task.TaskId, villager, "approve", null));
        Assert.Equal(RejectionType.InvalidState, twice.Rejection!.Type);
        Assert.Contains("already completed", twice.Rejection.Message);

        var missing = await harness.Run(new RecordDecision("nobody", task.TaskId, villager, "approve", null));
        Assert.Equal(RejectionType.NotFound, missing.Rejection!.Type);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task PublicNotice_ObjectionTakesObjectionPort_TimerThenIsStale()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""
            {D.Activity("notice", "Gov.PublicNotice", D.Literal("days", "7", "Int32"))},
            {D.Activity("passed", "Elsa.WriteLine", D.Literal("text", "公示无异议"))},
            {D.Activity("objected", "Elsa.WriteLine", D.Literal("text", "收到异议"))}
            """,
            $"""{D.Connect("notice", "passed")}, {D.Connect("notice", "objected", "objection")}"""));
        var view = await harness.Start(definition, input: Input);
        var timer = view.Timers.Values.Single();
        Assert.Equal(harness.Time.GetUtcNow().AddDays(7), timer.DueAt);

        var objection = await harness.Run(new RecordObjection("case-1", timer.BookmarkId!, Actor.User("villager"), "家中有车辆未申报"));
        Assert.True(objection.IsAccepted);
        Assert.Equal(["收到异议"], objection.Instance!.Lines);

        harness.Time.Advance(TimeSpan.FromDays(7));
        var stale = await harness.Run(new FireTimer("case-1", timer.TimerId));
        Assert.Equal(RejectionType.InvalidState, stale.Rejection!.Type);
        Assert.Contains("stale", stale.Rejection.Message);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task PublicNotice_NoObjection_CompletesWhenTimerFires()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""{D.Activity("notice", "Gov.PublicNotice", D.Literal("days", "7", "Int32"))}, {D.Activity("passed", "Elsa.WriteLine", D.Literal("text", "公示无异议"))}""",
            D.Connect("notice", "passed")));
        var view = await harness.Start(definition, input: Input);
        harness.Time.Advance(TimeSpan.FromDays(7));

        var fired = await harness.Run(new FireTimer("case-1", view.Timers.Keys.Single()));

        Assert.True(fired.IsAccepted);
        Assert.Equal(["公示无异议"], fired.Instance!.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, fired.Instance.SubStatus);
    }

    [Fact]
    public async Task PublicNotice_ChildProtectionCase_IsNeverPublished_AndSaysWhichRuleSkippedIt()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""{D.Activity("notice", "Gov.PublicNotice", D.Literal("days", "7", "Int32"))}, {D.Activity("passed", "Elsa.WriteLine", D.Literal("text", "公示无异议"))}""",
            D.Connect("notice", "passed")));
        var input = (System.Text.Json.Nodes.JsonObject)Input.DeepClone();
        input["childProtection"] = true;

        var view = await harness.Start(definition, input: input);

        Assert.Empty(view.Timers);
        Assert.Empty(view.Bookmarks);
        Assert.Contains("不予公示", view.Lines[0]);
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Referral_DepartmentReply_TakesReplyPortAndKeepsData()
    {
        var harness = new Harness();
        var definition = harness.Publish(D.Flowchart(
            $"""
            {D.Activity("edu", "Gov.Referral", D.Object("department", """{"code":"district-education","name":"区教育局","level":"district"}""")
                + "," + D.Literal("timeLimit", "5", "Int32") + "," + D.Literal("resultVariable", "educationReply"))},
            {D.Activity("done", "Elsa.WriteLine", D.Script("text", "return '教育救助: ' + getEducationReply().data.amount;"))}
            """,
            D.Connect("edu", "done", "approve")));
        var view = await harness.Start(definition, input: Input);
        var task = view.Tasks.Values.Single();
        Assert.Equal("district-education", task.Opened.Assignee.DepartmentCode);
        Assert.Equal("500113000000", task.Opened.Assignee.DivisionCode);
        Assert.Equal(DateTimeOffset.Parse("2026-03-10T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), task.Opened.DueAt);

        var wrong = await harness.Run(new RecordDepartmentReply("case-1", task.TaskId, "district-health", Actor.User("x", departments: ["district-health"]), "approve", null));
        Assert.Equal(RejectionType.Forbidden, wrong.Rejection!.Type);
        var outsider = await harness.Run(new RecordDepartmentReply("case-1", task.TaskId, "district-education", Actor.User("x"), "approve", null));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);

        var reply = await harness.Run(new RecordDepartmentReply("case-1", task.TaskId, "district-education", Actor.User("zhao", departments: ["district-education"]), "approve", "符合条件",
            new JsonObject { ["amount"] = 1500 }));
        Assert.True(reply.IsAccepted, reply.Rejection?.ToString());
        Assert.Equal(["教育救助: 1500"], reply.Instance!.Lines);
        await harness.AssertReplayMatches();
    }

    private sealed class FixedRouting(RoutingRule rule) : IRoutingTable
    {
        public RoutingRule? Find(string serviceItem, string? divisionCode) => serviceItem == "dibao" ? rule : null;
    }
}
