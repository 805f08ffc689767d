using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>Tasks ask the organisation for candidates when they open, record the answer, and the one authority rule applies.</summary>
public sealed class CandidateTests
{
    [Fact]
    public async Task OpeningTask_AsksResolver_AndRecordsCandidatesWithReasons()
    {
        var org = new FakeOrganisation().With("村协理员", Flows.Village, "wang", "zhou");
        var harness = new Harness(assignments: org);
        var view = await harness.Start(harness.Publish(Flows.TwoSteps()), input: Flows.Input());

        var request = Assert.Single(org.Requests);
        Assert.Equal(new AssignmentRequest("村协理员", "village", Flows.Village, null, "dibao", "500113199001011234", Flows.Village) { At = harness.Time.GetUtcNow() }, request);
        var opened = harness.Store.EventsOf("case-1").OfType<TaskOpened>().Single();
        Assert.Equal(["wang", "zhou"], opened.Candidates.Select(c => c.UserId));
        Assert.Equal("持有岗位 村协理员 @ 500113102001", opened.Candidates[0].Reason);
        Assert.Null(opened.Fallback);
        Assert.Null(opened.PreviousTaskId);
        Assert.Single(view.Tasks);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task VacantPost_FallsBackUpward_AndTheAssigneeTakesTheResolvedDivision()
    {
        var org = new FakeOrganisation().With("村协理员", Flows.Village, "wang").With("民政办", Flows.District, "qian");
        var harness = new Harness(assignments: org);
        var view = await harness.Start(harness.Publish(Flows.TwoSteps()), input: Flows.Input());
        view = (await harness.Run(new RecordDecision("case-1", view.Tasks.Keys.Single(), Actor.User("wang"), "approve", null))).Instance!;

        var township = view.Tasks.Values.Single(t => t.Status == TaskLifecycle.Open);
        Assert.Equal(Flows.District, township.Opened.Assignee.DivisionCode);
        Assert.Contains("空缺", township.Opened.Fallback);
        Assert.Equal(Flows.District, view.Clocks[township.TaskId].DivisionCode);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task NobodyEligible_AfterAvoidance_NoPostHolderMayClaimOrDecide()
    {
        var harness = new Harness(assignments: new NobodyEligible());
        var view = await harness.Start(harness.Publish(Flows.TwoSteps()), input: Flows.Input());
        var task = view.Tasks.Values.Single();
        Assert.Empty(task.Opened.Candidates);
        Assert.Contains("需人工指派", task.Opened.Fallback);

        var holder = Actor.User("lina", ["村协理员"], [Flows.Village]);
        var decided = await harness.Run(new RecordDecision("case-1", task.TaskId, holder, "approve", null));
        var claimed = await harness.Run(new ClaimTask("case-1", task.TaskId, holder));

        Assert.Equal(RejectionType.Forbidden, decided.Rejection?.Type);
        Assert.Equal(RejectionType.Forbidden, claimed.Rejection?.Type);
    }

    private sealed class NobodyEligible : IAssignmentResolver
    {
        public Assignment Resolve(AssignmentRequest request) =>
            new(request.DivisionCode, [], $"岗位 {request.Post} @ {request.DivisionCode} 及其上级均无可用人员（回避：lina），需人工指派");
    }

    [Fact]
    public async Task ChainLevels_AskWithTheChainsServiceItem()
    {
        var org = new FakeOrganisation();
        var harness = new Harness(assignments: org);
        await harness.Start(harness.Publish(Flows.Chain()), input: Flows.Input());

        Assert.Equal("tekun", Assert.Single(org.Requests).ServiceItem);
        Assert.Equal("village", org.Requests[0].Level);
    }

    [Fact]
    public async Task WithCandidates_OnlyACandidateMayDecide_EvenAPostHolderMayNot()
    {
        var org = new FakeOrganisation().With("村协理员", Flows.Village, "wang");
        var harness = new Harness(assignments: org);
        var view = await harness.Start(harness.Publish(Flows.TwoSteps()), input: Flows.Input());
        var taskId = view.Tasks.Keys.Single();

        var postHolder = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("zhou", ["村协理员"], [Flows.Village]), "approve", null));
        Assert.Equal(RejectionType.Forbidden, postHolder.Rejection!.Type);
        Assert.Contains("candidates wang", postHolder.Rejection.Message);

        var candidate = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang"), "approve", null));
        Assert.True(candidate.IsAccepted, candidate.Rejection?.ToString());
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task WithoutCandidates_ThePostAndDivisionCheckStillApplies()
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(Flows.TwoSteps()), input: Flows.Input());
        var taskId = view.Tasks.Keys.Single();
        Assert.Empty(view.Tasks[taskId].Opened.Candidates);

        var outsider = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("x", ["村协理员"], [Flows.Township]), "approve", null));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        Assert.True((await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang", ["村协理员"], [Flows.Village]), "approve", null))).IsAccepted);
    }

    [Fact]
    public void OldTaskOpenedJson_ReadsWithNoCandidatesAndNoFallback()
    {
        const string old = """
            {"$event":"TaskOpened","taskId":"c-4","bookmarkId":"b3","scopeId":"root","activityId":"a","kind":0,"title":"入户调查",
             "assignee":{"post":"村协理员","level":"village","divisionCode":"500113102001","departmentCode":null,"departmentName":null},
             "outcomes":["approve"],"commentRequiredFor":[],"timeLimitWorkingDays":null,"dueAt":null,"chainStep":null,"at":"2026-03-02T01:00:00+00:00"}
            """;
        var opened = Assert.IsType<TaskOpened>(EventSerializer.Deserialize(old));
        Assert.Empty(opened.Candidates);
        Assert.Null(opened.Fallback);
        Assert.Null(opened.PreviousTaskId);
        Assert.Null(opened.Signing);

        var finished = Assert.IsType<InstanceFinished>(EventSerializer.Deserialize("""{"$event":"InstanceFinished","subStatus":2,"at":"2026-03-02T01:00:00+00:00"}"""));
        Assert.Null(finished.Rule);
        var timer = Assert.IsType<TimerScheduled>(EventSerializer.Deserialize("""{"$event":"TimerScheduled","timerId":"tm1","bookmarkId":"b1","dueAt":"2026-03-02T01:00:00+00:00"}"""));
        Assert.Null(timer.TaskId);
        var warning = Assert.IsType<ClockWarningRaised>(EventSerializer.Deserialize(
            """{"$event":"ClockWarningRaised","clockId":"case","level":1,"dueAt":"2026-03-02T01:00:00+00:00","at":"2026-03-02T01:00:00+00:00"}"""));
        Assert.Null(warning.Rule);
    }

    [Fact]
    public async Task Referral_AsksForTheDepartment_AndItsNamedCandidatesOrTheDepartmentMayReply()
    {
        var org = new DepartmentDesk();
        var harness = new Harness(assignments: org);
        var view = await harness.Start(harness.Publish(TestDefinitions.Flowchart(
            TestDefinitions.Activity("edu", "Gov.Referral",
                TestDefinitions.Object("department", """{"code":"district-education","name":"区教育局","level":"district"}""")),
            "")), input: Flows.Input());
        var request = Assert.Single(org.Requests);
        Assert.Equal(("district-education", Flows.District, (string?)null), (request.DepartmentCode, request.DivisionCode, request.Post));
        var task = view.Tasks.Values.Single();
        Assert.Equal(["zhao"], task.Opened.Candidates.Select(c => c.UserId));

        var stranger = await harness.Run(new RecordDepartmentReply("case-1", task.TaskId, "district-education", Actor.User("x"), "approve", null));
        Assert.Equal(RejectionType.Forbidden, stranger.Rejection!.Type);
        // A department system answering for the body (the bus consumer) still may.
        var bus = await harness.Run(new RecordDepartmentReply("case-1", task.TaskId, "district-education",
            Actor.User("edu-system", departments: ["district-education"]), "approve", null));
        Assert.True(bus.IsAccepted, bus.Rejection?.ToString());
        await harness.AssertReplayMatches();
    }

    private sealed class DepartmentDesk : IAssignmentResolver
    {
        public List<AssignmentRequest> Requests { get; } = [];

        public Assignment Resolve(AssignmentRequest request)
        {
            Requests.Add(request);
            return new Assignment(request.DivisionCode, [new Candidate("zhao", "区教育局 救助科")]);
        }
    }
}
