using Workflow.Casework.Application.Requests;
using Workflow.Engine.Divisions;

namespace Workflow.Casework.Application;

/// <summary>
/// Turns an intake form and the needs assessment's plan into what an application stores: its sub-cases (with the
/// definition each runs) and the flags raised at intake.
/// </summary>
public sealed class SubCasePlanner(CaseworkDirectory directory, CaseReader cases)
{
    private const string GenericCivilAffairsDefinition = "civil-affairs-review";

    /// <summary>
    /// Departments' referral workflows, for the extra referrals a routing rule attaches to an item (临时救助 → 慈善会).
    /// Keys are the department codes the shipped referral definitions address.
    /// </summary>
    private static readonly Dictionary<string, string> ReferralDefinitions = new(StringComparer.Ordinal)
    {
        ["district-charity"] = "charity-referral",
        ["district-education"] = "education-assistance",
        ["district-medical-insurance"] = "medical-assistance",
        ["district-housing"] = "housing-assistance",
        ["district-hrss"] = "employment-assistance",
    };

    public static ServiceCatalogue Catalogue => ServiceCatalogue.Builtin;

    /// <summary>Every field's errors, against the organisation and catalogue in force on <paramref name="day"/>.</summary>
    public IReadOnlyList<FieldError> Validate(ApplicationForm form, DateOnly day) =>
        ApplicationValidator.Validate(form, directory.Organisation, Catalogue, day);

    public IntakePlan Plan(ApplicationForm form) => NeedsAssessment.Plan(form, Catalogue, directory.Routing, directory.Organisation);

    /// <summary>The items of <paramref name="subCases"/> whose definition is not published (an administrator must publish it).</summary>
    public IReadOnlyList<string> Unpublished(IEnumerable<StoredSubCase> subCases) =>
        subCases.Where(s => s.DefinitionId is { } d && !cases.IsPublished(d)).Select(s => s.ItemCode).ToList();

    public IEnumerable<StoredSubCase> SubCases(IntakePlan plan, ApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(form);
        foreach (var s in plan.SubCases)
        {
            var definition = s.ServiceItem == ServiceItemCodes.TemporaryAssistance && !form.Assessment.Emergency ? "temporary-assistance-expense" : s.DefinitionId;
            // 民政's own items without a definition of their own (特困, 孤儿) run the generic review.
            var ownItem = Catalogue.Find(s.ServiceItem)?.OwnerDepartmentKind == DepartmentKinds.CivilAffairs;
            var kind = s.Kind == SubCaseKind.Workflow || (ownItem && definition is null) ? "workflow" : "referral";
            definition ??= ownItem ? GenericCivilAffairsDefinition : null;
            yield return new StoredSubCase(s.ServiceItem, s.ServiceItemName, kind, s.Origin,
                s.CaseDivisionCode, s.JurisdictionBasis, s.DecidingLevel, s.DecidingDivisionCode, definition, s.Referral?.DepartmentCode,
                s.Referral?.DepartmentName, s.Referral?.TimeLimitDays, "");
            foreach (var r in s.ParallelReferrals.Where(r => ReferralDefinitions.ContainsKey(r.DepartmentCode)))
            {
                var item = ReferralDefinitions[r.DepartmentCode];
                if (plan.SubCases.Any(p => p.ServiceItem == item))
                {
                    continue;
                }
                yield return new StoredSubCase(item, r.DepartmentName + "转介", "referral", $"路由规则：{s.ServiceItemName}同时转介{r.DepartmentName}",
                    s.CaseDivisionCode, s.JurisdictionBasis, r.Level, r.DivisionCode, item, r.DepartmentCode, r.DepartmentName, r.TimeLimitDays, "");
            }
        }
    }

    /// <summary>
    /// 单独登记备案: the applicant is registered as a relative of (or is) staff who would handle the case in its village or
    /// township, so the county must visit the household itself.
    /// </summary>
    public List<string> Flags(ApplicationForm form, IntakePlan plan)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(plan);
        var flags = new List<string>();
        var local = plan.SubCases.SelectMany(s => new[] { s.CaseDivisionCode, TownshipOf(s.CaseDivisionCode) }).ToHashSet(StringComparer.Ordinal);
        if (directory.Organisation.Users.Any(u => u.MustAvoid(form.Applicant.IdNumber) && u.Posts.Any(p => local.Contains(p.DivisionCode))))
        {
            flags.Add(ApplicationFlags.SeparateRegistration);
        }
        if (plan.SubCases.Any(s => s.ChildProtection))
        {
            flags.Add(ApplicationFlags.ChildProtection);
        }
        if (plan.IsCrossProvince)
        {
            flags.Add(ApplicationFlags.CrossProvince);
        }
        return flags;
    }

    private static string TownshipOf(string code) =>
        DivisionCode.From(code)?.At(AdministrativeLevel.Township).Value ?? code;

    public static ApplicationForm ToForm(ApplicationRequest request, string window)
    {
        ArgumentNullException.ThrowIfNull(request);
        var a = request.Applicant ?? new ApplicantBody(null, null, null, null, null, null, false);
        var answers = request.Assessment is { } x
            ? new AssessmentAnswers(x.HasSchoolChild, x.HasChronicIllness, x.Emergency, ParseGrade(x.DisabilityGrade), x.HousingDifficulty, x.Unemployed)
            : AssessmentAnswers.None;
        return new ApplicationForm(
            new Applicant(a.Name ?? "", a.IdNumber ?? "", a.Phone ?? "", a.BankAccount, a.HukouDivisionCode ?? "", a.ResidenceDivisionCode, a.HasResidencePermit),
            (request.Household ?? []).Select(m => new HouseholdMember(m?.Name ?? "", m?.Relation ?? "", m?.IdNumber ?? "")).ToList(),
            request.Items ?? [],
            answers,
            request.ConsentToFinancialCheck,
            window)
        {
            OnBehalf = request.OnBehalf is { } p ? new OnBehalfOf(p.Name ?? "", p.Post ?? "", p.Consent ?? "", p.ConsentNote, p.NoConsentReason) : null,
        };
    }

    private static int? ParseGrade(string? grade) => grade?.Trim() switch
    {
        null or "" => null,
        "1" or "一级" => 1,
        "2" or "二级" => 2,
        "3" or "三级" => 3,
        "4" or "四级" => 4,
        _ => 0,
    };
}
