namespace Workflow.Casework.Tests;

public sealed class NeedsAssessmentTests
{
    private readonly Organisation _org = TestOrganisation.Build();

    [Fact]
    public void Scenario_1_splits_into_dibao_and_two_parallel_referrals()
    {
        var plan = NeedsAssessment.Plan(TestForms.Scenario1(), ServiceCatalogue.Builtin, null, _org);

        Assert.Equal(TestOrganisation.Township, plan.WindowDivisionCode);
        Assert.Equal(TestOrganisation.District, plan.AcceptingJurisdictionCode);
        Assert.False(plan.IsCrossJurisdiction);
        Assert.Equal(["dibao", "education-assistance", "medical-assistance"], plan.SubCases.Select(s => s.ServiceItem));

        var dibao = plan.SubCases[0];
        Assert.Equal(SubCaseKind.Workflow, dibao.Kind);
        Assert.Equal("dibao", dibao.DefinitionId);
        Assert.Equal("申请人申请", dibao.Origin);
        Assert.Equal(TestOrganisation.Village, dibao.CaseDivisionCode);
        Assert.Equal("户籍地", dibao.JurisdictionBasis);
        Assert.Equal(("district", TestOrganisation.District), (dibao.DecidingLevel, dibao.DecidingDivisionCode));
        var input = dibao.CreateInput();
        Assert.Equal(TestOrganisation.Village, (string?)input["divisionCode"]);
        Assert.Equal("dibao", (string?)input["serviceItem"]);
        Assert.Equal(TestOrganisation.ApplicantId, (string?)input["applicantIdNumber"]);
        Assert.Equal(3, (int?)input["householdSize"]);
        Assert.Equal(TestOrganisation.Township, (string?)input["windowDivisionCode"]);

        var education = plan.SubCases[1];
        Assert.Equal(SubCaseKind.Referral, education.Kind);
        Assert.Equal("综合评估：家中有在校学生", education.Origin);
        Assert.Equal(new ReferralPlan("district-education", "区教育局", "district", TestOrganisation.District, 10), education.Referral);
        Assert.Equal("education-assistance", education.DefinitionId);

        var medical = plan.SubCases[2];
        Assert.Equal(new ReferralPlan("district-medical-insurance", "区医保局", "district", TestOrganisation.District, 10), medical.Referral);
    }

    [Fact]
    public void RequestedAndAssessedItems_AreDeduplicated()
    {
        var form = TestForms.Scenario1() with { Items = ["education-assistance", "dibao", "education-assistance"] };
        var plan = NeedsAssessment.Plan(form, ServiceCatalogue.Builtin);
        Assert.Equal(["education-assistance", "dibao", "medical-assistance"], plan.SubCases.Select(s => s.ServiceItem));
        Assert.Equal("申请人申请", plan.SubCases[0].Origin);
    }

    [Fact]
    public void RoutingRules_SetDecidingLevelAndReferralLimits()
    {
        var rules = new RoutingRuleSet(
        [
            StandardRoutingRules.Dibao(TestOrganisation.District, townshipDecides: true),
            new ServiceRoutingRule("medical-assistance", TestOrganisation.District, [new("district", "部门经办", "医疗救助")], "district",
                new Dictionary<string, int>(), [new("district-medical-insurance", "区医疗保障局", "district", 7)]),
            new ServiceRoutingRule("temporary-assistance", TestOrganisation.District, [new("township", "民政办", "临时救助")], "township",
                new Dictionary<string, int>(), [new("district-charity", "区慈善会", "district", 15)]),
        ]);
        var form = TestForms.Scenario1() with { Assessment = new AssessmentAnswers(HasChronicIllness: true, Emergency: true) };
        var plan = NeedsAssessment.Plan(form, ServiceCatalogue.Builtin, rules, _org);

        var dibao = plan.SubCases.Single(s => s.ServiceItem == "dibao");
        Assert.Equal(("township", TestOrganisation.Township), (dibao.DecidingLevel, dibao.DecidingDivisionCode));
        Assert.Equal("routing:dibao@500113000000", dibao.RoutingSource);

        Assert.Equal(7, plan.SubCases.Single(s => s.ServiceItem == "medical-assistance").Referral!.TimeLimitDays);

        var temporary = plan.SubCases.Single(s => s.ServiceItem == "temporary-assistance");
        Assert.Equal(SubCaseKind.Workflow, temporary.Kind);
        Assert.Equal("综合评估：遭遇急难", temporary.Origin);
        Assert.Equal([new ReferralPlan("district-charity", "区慈善会", "district", TestOrganisation.District, 15)], temporary.ParallelReferrals);
    }

    [Fact]
    public void ResidencePermitHolders_ItemsThatAllowIt_DecidedWhereTheyLive()
    {
        // Variant 1b: 户籍 in 宣汉县 (Sichuan), living and applying in 桂花村 with a 居住证.
        var form = TestForms.Scenario1() with
        {
            Applicant = TestForms.Scenario1().Applicant with { HukouDivisionCode = TestOrganisation.XuanhanVillage, ResidenceDivisionCode = TestOrganisation.Village, HasResidencePermit = true },
        };
        var plan = NeedsAssessment.Plan(form, ServiceCatalogue.Builtin, null, _org);
        var dibao = plan.SubCases.Single(s => s.ServiceItem == "dibao");
        Assert.Equal(TestOrganisation.Village, dibao.CaseDivisionCode);
        Assert.Equal("居住地（持居住证）", dibao.JurisdictionBasis);
        // 教育救助 does not follow the residence permit: decided at the 户籍地, by 宣汉县教育局.
        var education = plan.SubCases.Single(s => s.ServiceItem == "education-assistance");
        Assert.Equal(TestOrganisation.XuanhanVillage, education.CaseDivisionCode);
        Assert.Equal(new ReferralPlan("xuanhan-education", "宣汉县教育局", "district", TestOrganisation.Xuanhan, 10), education.Referral);
        Assert.True(plan.IsCrossJurisdiction);
        Assert.True(plan.IsCrossProvince);
    }

    [Fact]
    public void Scenario_4_cross_province_disability_subsidies_keep_window_and_deciding_jurisdiction_apart()
    {
        // 户籍 in 巴南区 (Chongqing), applying at the 东乡街道 window in 宣汉县 (达州, Sichuan).
        var form = new ApplicationForm(
            new Applicant("孙明", TestIds.Make("500113", "19850303", 21), "13900001111", "123456789012", TestOrganisation.Village2, TestOrganisation.XuanhanVillage, HasResidencePermit: true),
            [],
            ["disability-subsidies"],
            new AssessmentAnswers(DisabilityGrade: 1),
            ConsentToFinancialCheck: false,
            TestOrganisation.XuanhanTownship);
        Assert.Empty(ApplicationValidator.Validate(form, _org, ServiceCatalogue.Builtin, TestForms.Today));
        var plan = NeedsAssessment.Plan(form, ServiceCatalogue.Builtin, null, _org);
        Assert.Equal(TestOrganisation.Xuanhan, plan.AcceptingJurisdictionCode);
        var sub = Assert.Single(plan.SubCases);
        Assert.Equal(SubCaseKind.Workflow, sub.Kind);
        Assert.Equal("disability-subsidies", sub.DefinitionId);
        Assert.Equal(TestOrganisation.Village2, sub.CaseDivisionCode);
        Assert.Equal(TestOrganisation.District, sub.DecidingDivisionCode);
        Assert.Equal(1, (int?)sub.CreateInput()["disabilityGrade"]);
        Assert.Equal(TestOrganisation.XuanhanTownship, (string?)sub.CreateInput()["windowDivisionCode"]);
        Assert.True(plan.IsCrossJurisdiction);
        Assert.True(plan.IsCrossProvince);
    }

    [Fact]
    public void Items_WithoutDefinitionOrOrganisation_FallBackToConventionalReferrals()
    {
        var form = TestForms.Scenario1() with { Items = ["orphan", "housing-assistance", "tekun"], Assessment = AssessmentAnswers.None };
        var plan = NeedsAssessment.Plan(form, ServiceCatalogue.Builtin);
        var orphan = plan.SubCases[0];
        Assert.Equal(SubCaseKind.Referral, orphan.Kind);
        Assert.Equal(new ReferralPlan("district-civil-affairs", "区民政局", "district", TestOrganisation.District, 30), orphan.Referral);
        Assert.True(orphan.ChildProtection);
        Assert.True((bool)orphan.CreateInput()["childProtection"]!);
        Assert.Equal(new ReferralPlan("district-housing", "区住房城乡建设委", "district", TestOrganisation.District, 15), plan.SubCases[1].Referral);
        // 特困 has its own definition now, so it runs as a workflow
        Assert.Equal((SubCaseKind.Workflow, "tekun"), (plan.SubCases[2].Kind, plan.SubCases[2].DefinitionId));
    }

    [Fact]
    public void OtherAssessmentAnswers_AddTheirItems()
    {
        var form = TestForms.Scenario1() with { Assessment = new AssessmentAnswers(DisabilityGrade: 2, NeedsHousing: true, SeeksEmployment: true) };
        var plan = NeedsAssessment.Plan(form, ServiceCatalogue.Builtin);
        Assert.Equal(["dibao", "disability-subsidies", "housing-assistance", "employment-assistance"], plan.SubCases.Select(s => s.ServiceItem));
        var grade3 = NeedsAssessment.Plan(form with { Assessment = new AssessmentAnswers(DisabilityGrade: 3) }, ServiceCatalogue.Builtin);
        Assert.Equal(["dibao"], grade3.SubCases.Select(s => s.ServiceItem));
    }
}
