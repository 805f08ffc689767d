using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Definitions.Tests;

/// <summary>
/// 儿童保护个案 (S-13, scenario 5): 立案 → the 儿童主任's emergency visit within 12 calendar hours → 临时监护 → 公安, 教育
/// and 卫健 in parallel → 评估帮扶 → 监护干预 → three follow-up visits 30 days apart → the 12345 reply with the
/// satisfaction call (<c>ticketOutcome</c>, <c>satisfaction</c>).
/// </summary>
public sealed class ChildProtectionTests
{
    private const string File = "child-protection.v1.json";

    private static readonly TaskAssignee CentreAtDistrict = new("未保中心", "district", TestDivisions.District, null, null);
    private static readonly TaskAssignee StationAtTownship = new("未保工作站", "township", TestDivisions.Township, null, null);
    private static readonly TaskAssignee DirectorAtVillage = new("儿童主任", "village", TestDivisions.Village, null, null);

    [Fact]
    public async Task ChildProtection_EmergencyVisit_IsDueInTwelveCalendarHoursWithYellowThenRed()
    {
        // Given: the centre opens the case from the ticket on Monday 09:00
        var s = DefinitionScenario.For(File);
        var opening = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();
        Assert.Equal(CentreAtDistrict, opening.Assignee);
        Assert.Equal(s.Time.GetUtcNow().AddHours(2), opening.DueAt);

        // When
        var visit = (await s.DecideAsync(CaseActors.ChildProtectionCentre, "opened")).AssertAccepted().SingleTaskOpened();

        // Then: 21:00 the same evening, not twelve working days
        Assert.Equal(DirectorAtVillage, visit.Assignee);
        Assert.Equal(s.Time.GetUtcNow().AddHours(12), visit.DueAt);

        // When: nine hours pass, then three more
        var yellow = await s.ElapseAsync(TimeSpan.FromHours(9));
        var red = await s.ElapseAsync(TimeSpan.FromHours(3));

        // Then: yellow with a quarter of the time left, red at the deadline
        Assert.Equal(ClockWarning.Yellow, Assert.Single(yellow.OfType<ClockWarningRaised>()).Level);
        Assert.Equal(ClockWarning.Red, Assert.Single(red.OfType<ClockWarningRaised>()).Level);
        Assert.Equal(visit.TaskId, s.OpenTask.TaskId);
    }

    [Fact]
    public async Task ChildProtection_WholeCase_DepartmentsInParallelFollowUpsThenTicketClosedSatisfied()
    {
        // Given: the visit found the child alone; the centre takes temporary guardianship
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(CaseActors.ChildProtectionCentre, "opened")).AssertAccepted();
        (await s.DecideAsync(CaseActors.ChildDirector, "homeVisited")).AssertRejected(RejectionType.InvalidInput);
        (await s.DecideAsync(CaseActors.ChildDirector, "homeVisited", "9 岁儿童独自在家数周，无人照料")).AssertAccepted();
        var referred = (await s.DecideAsync(CaseActors.ChildProtectionCentre, "recorded", "儿童已接至县未保中心临时监护")).AssertAccepted();

        // Then: three departments at once, on one case
        var departments = referred.OfType<TaskOpened>().Select(t => t.Assignee.DepartmentCode).ToList();
        Assert.Equal(["district-public-security", "district-education", "district-health"], departments);
        Assert.All(referred.OfType<TaskOpened>(), t => Assert.Equal(TaskKind.Referral, t.Kind));

        // When: they reply in another order; the assessment waits for all three
        var replies = s.OpenTasks.ToDictionary(t => t.Opened.Assignee.DepartmentCode!, t => t.TaskId);
        (await s.ReplyAsync(replies["district-health"], CaseActors.HealthOfficer, "district-health", "replied", "体检未见异常")).AssertAccepted();
        (await s.ReplyAsync(replies["district-public-security"], CaseActors.PoliceOfficer, "district-public-security", "replied", "父亲在监狱服刑，母亲失联 7 个月")).AssertAccepted();
        Assert.DoesNotContain(s.OpenTasks, t => t.Opened.Assignee.Post == "未保工作站");
        var assessment = (await s.ReplyAsync(replies["district-education"], CaseActors.EducationOfficer, "district-education", "replied", "已劝返复学")).AssertAccepted().SingleTaskOpened();

        // Then
        Assert.Equal(StationAtTownship, assessment.Assignee);
        Assert.Equal("父亲在监狱服刑，母亲失联 7 个月", s.Instance.Variables["policeReply"]!["comment"]!.GetValue<string>());

        // When: 评估帮扶 and 监护干预
        var intervention = (await s.DecideAsync(CaseActors.ChildProtectionStation, "assessed", "已代为申请事实无人抚养儿童认定")).AssertAccepted().SingleTaskOpened();
        Assert.Equal(StationAtTownship, intervention.Assignee);
        var scheduled = (await s.DecideAsync(CaseActors.ChildProtectionStation, "signed", "祖母经评估具备监护能力，已签订委托照护协议")).AssertAccepted();

        // Then: no task until the first visit is due in 30 days
        Assert.Empty(scheduled.OfType<TaskOpened>());
        Assert.Empty(s.OpenTasks);

        // When: three visits, 30 days apart
        for (var visit = 1; visit <= 3; visit++)
        {
            Assert.Empty((await s.ElapseAsync(TimeSpan.FromDays(29))).OfType<TaskOpened>());
            var opened = (await s.ElapseAsync(TimeSpan.FromDays(1))).SingleTaskOpened();
            Assert.Equal(DirectorAtVillage, opened.Assignee);
            Assert.Equal($"儿童主任监护随访（第 {visit}/3 次）", opened.Title);
            (await s.DecideAsync(opened.TaskId, CaseActors.ChildDirector, "visited", "儿童状况良好")).AssertAccepted();
        }

        // Then: the centre replies to 12345
        var reply = s.OpenTask.Opened;
        Assert.Equal((CentreAtDistrict, "12345 工单办结回复并记录满意度回访结果"), (reply.Assignee, reply.Title));

        // When
        (await s.DecideAsync(CaseActors.ChildProtectionCentre, "satisfied", "回访来电人，对处置结果满意")).AssertAccepted();

        // Then
        s.AssertFinishedWith("closed");
        Assert.Equal("满意", s.Variable("satisfaction"));
        Assert.StartsWith("已处置：", s.Variable("ticketOutcome"), StringComparison.Ordinal);
        Assert.DoesNotContain(s.Events.OfType<BookmarkCreated>(), b => b.Kind == BookmarkKind.Notice);
    }

    [Theory]
    [InlineData("basicallySatisfied", "基本满意")]
    [InlineData("dissatisfied", "不满意")]
    public async Task ChildProtection_SatisfactionCall_IsRecordedInWords(string outcome, string satisfaction)
    {
        // Given: a case at its 12345 reply
        var s = await AtTicketReplyAsync();

        // When: the reply needs the outcome text
        (await s.DecideAsync(CaseActors.ChildProtectionCentre, outcome)).AssertRejected(RejectionType.InvalidInput);
        (await s.DecideAsync(CaseActors.ChildProtectionCentre, outcome, "来电人认为处置不够及时")).AssertAccepted();

        // Then
        s.AssertFinishedWith("closed");
        Assert.Equal(satisfaction, s.Variable("satisfaction"));
    }

    private static async Task<DefinitionScenario> AtTicketReplyAsync()
    {
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(CaseActors.ChildProtectionCentre, "opened")).AssertAccepted();
        (await s.DecideAsync(CaseActors.ChildDirector, "homeVisited", "儿童独自在家")).AssertAccepted();
        (await s.DecideAsync(CaseActors.ChildProtectionCentre, "recorded", "临时监护")).AssertAccepted();
        foreach (var (actor, department) in new[] { (CaseActors.PoliceOfficer, "district-public-security"), (CaseActors.EducationOfficer, "district-education"), (CaseActors.HealthOfficer, "district-health") })
        {
            var task = Assert.Single(s.OpenTasks, t => t.Opened.Assignee.DepartmentCode == department);
            (await s.ReplyAsync(task.TaskId, actor, department, "replied", "已办理")).AssertAccepted();
        }
        (await s.DecideAsync(CaseActors.ChildProtectionStation, "assessed", "已评估")).AssertAccepted();
        (await s.DecideAsync(CaseActors.ChildProtectionStation, "signed", "已签协议")).AssertAccepted();
        for (var visit = 1; visit <= 3; visit++)
        {
            var opened = (await s.ElapseAsync(TimeSpan.FromDays(30))).SingleTaskOpened();
            (await s.DecideAsync(opened.TaskId, CaseActors.ChildDirector, "visited", "良好")).AssertAccepted();
        }
        Assert.Equal("12345 工单办结回复并记录满意度回访结果", s.OpenTask.Opened.Title);
        return s;
    }
}
