using System.Text.Json.Nodes;
using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Divisions;
using Workflow.Engine.State;

namespace Workflow.Casework;

/// <summary>
/// 综合评估 at the window: turns a validated <see cref="ApplicationForm"/> into an <see cref="IntakePlan"/> with one
/// sub-case per item (requested items first, then items the assessment adds, without duplicates). 民政 items with a
/// definition become workflows; other departments' items become referrals. Deterministic and pure: call
/// <see cref="ApplicationValidator"/> first (unknown item codes are ignored here).
/// </summary>
public static class NeedsAssessment
{
    /// <summary>The district level: where a case is decided unless a routing rule says otherwise, and where departments sit.</summary>
    private static readonly string District = AdministrativeLevel.District.Code();

    public static IntakePlan Plan(ApplicationForm form, ServiceCatalogue catalogue, RoutingRuleSet? rules = null, Organisation? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(catalogue);
        var org = organisation ?? Organisation.Empty;
        var items = new List<(ServiceItem Item, string Origin)>();
        foreach (var code in form.Items ?? [])
        {
            Add(items, catalogue.Find(code), "申请人申请");
        }
        var a = form.Assessment ?? AssessmentAnswers.None;
        AddIf(a.Emergency, ServiceItemCodes.TemporaryAssistance, "综合评估：遭遇急难");
        AddIf(a.HasSchoolChild, ServiceItemCodes.EducationAssistance, "综合评估：家中有在校学生");
        AddIf(a.HasChronicIllness, ServiceItemCodes.MedicalAssistance, "综合评估：家庭成员患慢性病或重病");
        AddIf(a.DisabilityGrade is 1 or 2, ServiceItemCodes.DisabilitySubsidies, "综合评估：一、二级重度残疾");
        AddIf(a.NeedsHousing, ServiceItemCodes.HousingAssistance, "综合评估：住房困难");
        AddIf(a.SeeksEmployment, ServiceItemCodes.EmploymentAssistance, "综合评估：有劳动能力但未就业");
        var accepting = org.DivisionAt(form.WindowDivisionCode, District) ?? AdministrativeLevels.DivisionAt(form.WindowDivisionCode, District);
        return new IntakePlan(form.WindowDivisionCode, accepting, [.. items.Select(i => PlanItem(form, i.Item, i.Origin, rules, org))]);

        void AddIf(bool condition, string code, string origin)
        {
            if (condition)
            {
                Add(items, catalogue.Find(code), origin);
            }
        }
    }

    private static void Add(List<(ServiceItem Item, string Origin)> items, ServiceItem? item, string origin)
    {
        if (item is not null && !items.Exists(i => i.Item.Code == item.Code))
        {
            items.Add((item, origin));
        }
    }

    private static SubCasePlan PlanItem(ApplicationForm form, ServiceItem item, string origin, RoutingRuleSet? rules, Organisation org)
    {
        var applicant = form.Applicant;
        var byResidence = applicant.HasResidencePermit && item.AllowsResidenceApplication && !string.IsNullOrWhiteSpace(applicant.ResidenceDivisionCode);
        var caseDivision = byResidence ? applicant.ResidenceDivisionCode! : applicant.HukouDivisionCode;
        var rule = rules?.FindRule(item.Code, caseDivision);
        var decidingLevel = rule?.DecidingLevel ?? District;
        var deciding = At(org, caseDivision, decidingLevel);
        var referrals = (rule?.Referrals ?? []).Select(r => new ReferralPlan(r.DepartmentCode, r.DepartmentName, r.Level, At(org, caseDivision, r.Level), r.TimeLimitDays)).ToList();
        var workflow = item.OwnerDepartmentKind == DepartmentKinds.CivilAffairs && item.DefinitionId is not null;
        ReferralPlan? referral = null;
        if (!workflow)
        {
            referral = referrals.Count > 0 ? referrals[0] : DefaultReferral(item, caseDivision, org);
            referrals = [.. referrals.Skip(1)];
        }
        var input = new JsonObject
        {
            [CaseInputKeys.DivisionCode] = caseDivision,
            [CaseInputKeys.ServiceItem] = item.Code,
            [CaseInputKeys.ApplicantName] = applicant.Name,
            [CaseInputKeys.ApplicantIdNumber] = applicant.IdNumber,
            ["applicantPhone"] = applicant.Phone,
            ["hukouDivisionCode"] = applicant.HukouDivisionCode,
            ["residenceDivisionCode"] = applicant.ResidenceDivisionCode,
            ["windowDivisionCode"] = form.WindowDivisionCode,
            ["decidingDivisionCode"] = deciding,
            ["householdSize"] = 1 + (form.Household?.Count ?? 0),
            [CaseInputKeys.ChildProtection] = item.ChildProtection,
            ["emergency"] = form.Assessment?.Emergency ?? false,
        };
        if (form.Assessment?.DisabilityGrade is { } grade)
        {
            input["disabilityGrade"] = grade;
        }
        return new SubCasePlan(
            item.Code, item.Name, workflow ? SubCaseKind.Workflow : SubCaseKind.Referral, origin,
            caseDivision, byResidence ? "居住地（持居住证）" : "户籍地", decidingLevel, deciding,
            item.DefinitionId, input.ToJsonString(), referral, referrals, item.ChildProtection, rule?.Source);
    }

    private static ReferralPlan DefaultReferral(ServiceItem item, string caseDivision, Organisation org)
    {
        // Prefer the district office of the owning kind (where the definitions send 专项救助), then the nearest one.
        var department = org.DepartmentOf(item.OwnerDepartmentKind, caseDivision, District) ?? org.DepartmentOf(item.OwnerDepartmentKind, caseDivision);
        if (department is not null)
        {
            var level = org.LevelOf(department.DivisionCode) ?? District;
            return new ReferralPlan(department.Code, department.Name, level, department.DivisionCode, item.DefaultTimeLimitDays);
        }
        return new ReferralPlan(
            DepartmentKinds.DefaultCode(item.OwnerDepartmentKind, District),
            DepartmentKinds.DefaultName(item.OwnerDepartmentKind, District),
            District,
            At(org, caseDivision, District),
            item.DefaultTimeLimitDays);
    }

    /// <summary>By the tree when the division is registered (no 市 for a 重庆 village), else by code arithmetic.</summary>
    private static string? At(Organisation org, string division, string level) => org.DivisionAt(division, level);
}
