using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Definitions.Tests;

/// <summary>
/// 特困人员救助供养 (S-03, scenario 7): township 入户调查 with the 生活自理能力评估 (<c>selfCare</c>) → 7-day 公示 → county
/// 审核确认 → the person's choice (<c>supportMode</c>): 集中供养 is an admission task for the institution's 机构经办,
/// 分散供养 needs the signed 委托照料服务协议 on file (<c>careAgreement</c>) before the case ends approved.
/// </summary>
public sealed class TekunTests
{
    private const string File = "tekun.v1.json";

    private static readonly TaskAssignee CaseworkerAtTownship = new("社会救助经办", "township", TestDivisions.Township, null, null);
    private static readonly TaskAssignee OfficeAtTownship = new("民政办", "township", TestDivisions.Township, null, null);
    private static readonly TaskAssignee BureauAtDistrict = new("区民政局", "district", TestDivisions.District, null, null);
    private static readonly TaskAssignee InstitutionAtTownship = new("机构经办", "township", TestDivisions.Township, null, null);

    [Fact]
    public async Task Tekun_UnableAndCentralised_AdmissionByInstitutionThenApproved()
    {
        // Given: the township investigates within 15 working days
        var s = DefinitionScenario.For(File);
        var investigation = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();
        Assert.Equal(CaseworkerAtTownship, investigation.Assignee);
        Assert.Equal(["able", "partly", "unable", "reject"], investigation.Outcomes);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 23)), investigation.DueAt);

        // When: the assessment finds the person fully dependent
        var published = (await s.DecideAsync(CaseActors.TownshipCaseworker, "unable", "卧床，进食、如厕均需他人照料")).AssertAccepted();

        // Then: recorded, and a seven-day 公示 runs with no task open
        Assert.Equal("unable", s.Variable("selfCare"));
        Assert.Equal("特困人员认定初审结果公示", s.Notice.Name);
        Assert.Equal(s.Time.GetUtcNow().AddDays(7), Assert.Single(published.OfType<TimerScheduled>()).DueAt);
        Assert.Empty(s.OpenTasks);

        // When: the 公示 passes, the county confirms, and the person chooses 集中供养
        Assert.Empty(await s.ElapseAsync(TimeSpan.FromDays(6)));
        Assert.Equal(BureauAtDistrict, (await s.ElapseAsync(TimeSpan.FromDays(1))).SingleTaskOpened().Assignee);
        var choice = (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted().SingleTaskOpened();
        Assert.Equal(CaseworkerAtTownship, choice.Assignee);
        Assert.Equal(["centralised", "dispersed"], choice.Outcomes);
        var admission = (await s.DecideAsync(CaseActors.TownshipCaseworker, "centralised")).AssertAccepted().SingleTaskOpened();

        // Then: the institution's clerk admits the person
        Assert.Equal("centralised", s.Variable("supportMode"));
        Assert.Equal(InstitutionAtTownship, admission.Assignee);
        Assert.Equal("供养服务机构办理入院（集中供养）", admission.Title);
        Assert.Equal(WorkflowSubStatus.Suspended, s.Instance.SubStatus);

        // When
        (await s.DecideAsync(CaseActors.InstitutionClerk, "admitted", "已入住界石镇区域性养老服务中心")).AssertAccepted();

        // Then
        s.AssertFinishedWith("approved");
        Assert.Equal("", s.Variable("careAgreement"));
    }

    [Fact]
    public async Task Tekun_PartlyAndDispersed_NotApprovedUntilTheCareAgreementIsFiled()
    {
        // Given: confirmed by the county, self-care assessed as partly
        var s = await ConfirmedAsync("partly");

        // When: the person chooses to stay at home
        var agreement = (await s.DecideAsync(CaseActors.TownshipCaseworker, "dispersed")).AssertAccepted().SingleTaskOpened();

        // Then: the gate — no result while the signed agreement is not on file
        Assert.Equal("dispersed", s.Variable("supportMode"));
        Assert.Equal(CaseworkerAtTownship, agreement.Assignee);
        Assert.Equal(["signed"], agreement.Outcomes);
        Assert.Equal("", s.Variable("result"));
        Assert.Equal("", s.Variable("careAgreement"));
        Assert.DoesNotContain(s.Events.OfType<TaskOpened>(), t => t.Assignee.Post == "机构经办");

        // When: the agreement is signed and filed
        (await s.DecideAsync(CaseActors.TownshipCaseworker, "signed", "侄子签订委托照料服务协议，已归档")).AssertAccepted();

        // Then
        s.AssertFinishedWith("approved");
        Assert.Equal("signed", s.Variable("careAgreement"));
        Assert.Equal("partly", s.Variable("selfCare"));
    }

    [Fact]
    public async Task Tekun_AbleAssessment_IsKeptThroughToTheResult()
    {
        // Given
        var s = await ConfirmedAsync("able");

        // When
        (await s.DecideAsync(CaseActors.TownshipCaseworker, "centralised")).AssertAccepted();
        (await s.DecideAsync(CaseActors.InstitutionClerk, "admitted")).AssertAccepted();

        // Then
        s.AssertFinishedWith("approved");
        Assert.Equal(("able", "centralised"), (s.Variable("selfCare"), s.Variable("supportMode")));
        Assert.Equal(["特困人员认定通过：自确认次月起按基本生活标准加照料护理标准计发"], s.Instance.Lines);
    }

    [Fact]
    public async Task Tekun_InvestigationRejects_EndsRejectedWithoutNotice()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();

        // When: rejecting needs the reason
        (await s.DecideAsync(CaseActors.TownshipCaseworker, "reject")).AssertRejected(RejectionType.InvalidInput);
        (await s.DecideAsync(CaseActors.TownshipCaseworker, "reject", "有法定赡养义务人且具备赡养能力")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
        Assert.DoesNotContain(s.Events.OfType<BookmarkCreated>(), b => b.Kind == BookmarkKind.Notice);
        Assert.Equal("", s.Variable("selfCare"));
    }

    [Fact]
    public async Task Tekun_ObjectionDismissedOnRecheck_SecondFullNoticeThenCounty()
    {
        // Given: two days into the 公示
        var s = await AtNoticeAsync("unable");
        Assert.Empty(await s.ElapseAsync(TimeSpan.FromDays(2)));

        // When: a villager objects and the township finds it unfounded
        var recheck = (await s.ObjectAsync(TestActor.Villager, "其子在外地务工，有赡养能力")).AssertAccepted().SingleTaskOpened();
        Assert.Equal(OfficeAtTownship, recheck.Assignee);
        var republished = (await s.DecideAsync(TestActor.TownshipReviewer, "approve", "其子重度残疾，无赡养能力")).AssertAccepted();

        // Then: a new seven days from now, then the county
        Assert.Equal(s.Time.GetUtcNow().AddDays(7), Assert.Single(republished.OfType<TimerScheduled>()).DueAt);
        Assert.Empty(await s.ElapseAsync(TimeSpan.FromDays(6)));
        Assert.Equal(BureauAtDistrict, (await s.ElapseAsync(TimeSpan.FromDays(1))).SingleTaskOpened().Assignee);
        Assert.Equal("unable", s.Variable("selfCare"));
    }

    [Fact]
    public async Task Tekun_ObjectionUpheld_EndsRejected()
    {
        // Given
        var s = await AtNoticeAsync("partly");
        (await s.ObjectAsync(TestActor.Villager, "申请人有出租房屋收入")).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "经复查，异议成立")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
    }

    [Fact]
    public async Task Tekun_CountyRejects_EndsRejectedWithoutSupportChoice()
    {
        // Given
        var s = await AtNoticeAsync("able");
        await s.ElapseAsync(TimeSpan.FromDays(7));

        // When
        (await s.DecideAsync(TestActor.DistrictApprover, "reject", "不符合特困人员认定条件")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
        Assert.Equal("", s.Variable("supportMode"));
    }

    private static async Task<DefinitionScenario> AtNoticeAsync(string selfCare)
    {
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(CaseActors.TownshipCaseworker, selfCare)).AssertAccepted();
        Assert.Equal("特困人员认定初审结果公示", s.Notice.Name);
        return s;
    }

    /// <summary>Given a case confirmed by the county, so the person's choice of support is open.</summary>
    private static async Task<DefinitionScenario> ConfirmedAsync(string selfCare)
    {
        var s = await AtNoticeAsync(selfCare);
        await s.ElapseAsync(TimeSpan.FromDays(7));
        (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted();
        Assert.Equal("确定供养方式（征求本人意愿：集中供养或分散供养）", s.OpenTask.Opened.Title);
        return s;
    }
}
