using Workflow.Casework;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts.Casework;

namespace Workflow.Web.Casework;

public sealed partial class ApplicationService
{
    private static readonly string[] IntakePosts = [StandardPosts.Window, StandardPosts.Caseworker];

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

    /// <summary>
    /// Accepts an application: validates every field (nothing is written when one is wrong), plans the sub-cases,
    /// records the parent case with its case number, then starts each sub-case. Sub-case instance ids derive from the
    /// case number, and each start carries a request key, so a retry after a crash starts nothing twice.
    /// </summary>
    public async Task<CaseworkOutcome<ApplicationRecord>> AcceptAsync(Caller caller, ApplicationRequest request, CancellationToken cancellationToken)
    {
        var window = request.WindowDivisionCode ?? DefaultWindow(caller);
        if (window is null || !caller.Actor.Posts.Any(IntakePosts.Contains) || !caller.Sees(window))
        {
            return Rejection.Forbidden($"Expected '{caller.Id}' to hold a window post (窗口受理) at division {window}, but they do not.");
        }
        var form = ToForm(request, window);
        var errors = ApplicationValidator.Validate(form, directory.Organisation, Catalogue, ChinaDay());
        if (errors.Count > 0)
        {
            return CaseworkOutcome<ApplicationRecord>.Invalid(errors);
        }
        // A request key is the caller's own: another clerk's key never returns someone else's application.
        if (request.RequestKey is { Length: > 0 } key && await store.GetApplicationAsync(IdFor(caller.Id + ":" + key), cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            // A retry after a crash between recording and starting: start what did not start (request keys make it safe).
            await StartSubCasesAsync(earlier, cancellationToken).ConfigureAwait(false);
            await checks.StartAsync(earlier, StoredApplication.FromJson(earlier.Body), caller.Id, cancellationToken).ConfigureAwait(false);
            return earlier;
        }
        var plan = NeedsAssessment.Plan(form, Catalogue, directory.Routing, directory.Organisation);
        var id = request.RequestKey is { Length: > 0 } k ? IdFor(caller.Id + ":" + k) : Guid.NewGuid().ToString("N");
        var subCases = SubCases(plan, form).ToList();
        var missing = subCases.Where(s => s.DefinitionId is { } d && !queries.Definitions().Any(x => x.DefinitionId == d)).Select(s => s.ItemCode).ToList();
        if (missing.Count > 0)
        {
            return Rejection.InvalidState($"Expected a published definition for {string.Join(", ", missing)}, but there is none (请管理员发布流程).");
        }
        var body = new StoredApplication(request with { RequestKey = null }, request.Channel ?? "window", subCases, Flags(form, plan), null, caller.DisplayName);
        var deciding = plan.SubCases.FirstOrDefault()?.DecidingDivisionCode ?? plan.SubCases.FirstOrDefault()?.CaseDivisionCode ?? window;
        var record = new ApplicationRecord(id, "", window, deciding, form.Applicant.Name, ApplicationStatuses.Accepted, "", time.GetUtcNow(), caller.Id, null, 0);
        var created = await CreateAsync(record, body, caller, cancellationToken).ConfigureAwait(false);
        await StartSubCasesAsync(created, cancellationToken).ConfigureAwait(false);
        await checks.StartAsync(created, StoredApplication.FromJson(created.Body), caller.Id, cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>不予受理: records the refusal with its reason and appeal routes; no sub-case starts.</summary>
    public async Task<CaseworkOutcome<ApplicationRecord>> RefuseAsync(Caller caller, RefusalRequest request, CancellationToken cancellationToken)
    {
        var window = request.WindowDivisionCode ?? DefaultWindow(caller);
        if (window is null || !caller.Actor.Posts.Any(IntakePosts.Contains) || !caller.Sees(window))
        {
            return Rejection.Forbidden($"Expected '{caller.Id}' to hold a window post (窗口受理) at division {window}, but they do not.");
        }
        var errors = Refusal.Check(request.ApplicantName ?? "", window, request.Reason);
        if (errors.Count > 0)
        {
            return CaseworkOutcome<ApplicationRecord>.Invalid(errors);
        }
        var form = new ApplicationRequest(window, new ApplicantBody(request.ApplicantName, request.ApplicantIdNumber, null, null, null, null, false),
            [], request.Items ?? [], null, false);
        var body = new StoredApplication(form, "window", [], [], request.Reason!.Trim(), caller.DisplayName);
        var record = new ApplicationRecord(Guid.NewGuid().ToString("N"), "", window, window, request.ApplicantName!.Trim(), ApplicationStatuses.Refused, "",
            time.GetUtcNow(), caller.Id, time.GetUtcNow(), 0);
        return await CreateAsync(record, body, caller, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApplicationRecord> CreateAsync(ApplicationRecord record, StoredApplication body, Caller caller, CancellationToken cancellationToken)
    {
        var day = ChinaDay();
        var sequence = CaseNumber.SequenceKey(DivisionCode.Parse(record.WindowDivision), day);
        var action = record.Status == ApplicationStatuses.Refused ? "application.refuse" : "application.accept";
        var audit = Audit(caller, action, record.Id, new { window = record.WindowDivision, items = body.SubCases.Select(s => s.ItemCode) });
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The case number is made in the store's transaction; the sub-case instance ids follow from it.
                var marked = record with { Restricted = body.Flags.Contains(ApplicationFlags.ChildProtection) };
                return await store.CreateApplicationAsync(marked, n => CaseNumber.Format(record.WindowDivision, day, n), sequence, number =>
                {
                    var linked = body with { SubCases = body.SubCases.Select(s => s with { InstanceId = $"{number}-{s.ItemCode}" }).ToList() };
                    var items = linked.SubCases.Select(s => new ApplicationItemRecord(record.Id, s.ItemCode, s.Kind, s.InstanceId, s.DepartmentCode,
                        s.DecidingDivisionCode ?? s.CaseDivisionCode, SubCaseStatuses.Pending, s.CaseDivisionCode)).ToList();
                    return (linked.ToJson(), items);
                }, audit, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < 3 && store.Dialect.IsUniqueViolation(e))
            {
                // The same request key twice at once, or two windows taking the first number of the day together.
                if (await store.GetApplicationAsync(record.Id, cancellationToken).ConfigureAwait(false) is { } done)
                {
                    return done;
                }
            }
        }
    }

    /// <summary>Starts every sub-case that has not started; safe to call again (request keys).</summary>
    public async Task StartSubCasesAsync(ApplicationRecord application, CancellationToken cancellationToken)
    {
        var body = StoredApplication.FromJson(application.Body);
        foreach (var sub in body.SubCases.Where(s => s.DefinitionId is not null))
        {
            var input = sub.Kind == "referral" || sub.DefinitionId is not null ? InputFor(application, body, sub) : null;
            var command = new StartInstance(sub.InstanceId, sub.DefinitionId!, null, input) { RequestKey = $"{sub.InstanceId}:start" };
            var result = await commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
            var status = result.Rejection is null ? SubCaseStatuses.Running : SubCaseStatuses.Failed;
            if (result.Rejection is { } rejection)
            {
                CaseworkLog.SubCaseNotStarted(logger, application.Id, sub.ItemCode, rejection.Type);
            }
            await store.UpdateItemAsync(application.Id, sub.ItemCode, sub.InstanceId, status, cancellationToken).ConfigureAwait(false);
        }
    }

    private static System.Text.Json.Nodes.JsonObject InputFor(ApplicationRecord application, StoredApplication body, StoredSubCase sub)
    {
        var applicant = body.Form.Applicant!;
        return new System.Text.Json.Nodes.JsonObject
        {
            [CaseInputKeys.DivisionCode] = sub.CaseDivisionCode,
            [CaseInputKeys.ServiceItem] = sub.ItemCode,
            [CaseInputKeys.ApplicationId] = application.Id,
            ["caseNumber"] = application.CaseNumber,
            [CaseInputKeys.ApplicantName] = applicant.Name,
            [CaseInputKeys.ApplicantIdNumber] = applicant.IdNumber,
            ["windowDivisionCode"] = application.WindowDivision,
            ["decidingDivisionCode"] = sub.DecidingDivisionCode,
            ["householdSize"] = 1 + (body.Form.Household?.Count ?? 0),
            [CaseInputKeys.ChildProtection] = body.Flags.Contains(ApplicationFlags.ChildProtection),
        };
    }

    private IEnumerable<StoredSubCase> SubCases(IntakePlan plan, ApplicationForm form)
    {
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
    private List<string> Flags(ApplicationForm form, IntakePlan plan)
    {
        var flags = new List<string>();
        var local = plan.SubCases.SelectMany(s => new[] { s.CaseDivisionCode, AdministrativeLevelsOf(s.CaseDivisionCode) }).ToHashSet(StringComparer.Ordinal);
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

    private static string AdministrativeLevelsOf(string code) =>
        DivisionCode.From(code)?.At(AdministrativeLevel.Township).Value ?? code;

    private static ApplicationForm ToForm(ApplicationRequest r, string window)
    {
        var a = r.Applicant ?? new ApplicantBody(null, null, null, null, null, null, false);
        var answers = r.Assessment is { } x
            ? new AssessmentAnswers(x.HasSchoolChild, x.HasChronicIllness, x.Emergency, ParseGrade(x.DisabilityGrade), x.HousingDifficulty, x.Unemployed)
            : AssessmentAnswers.None;
        return new ApplicationForm(
            new Applicant(a.Name ?? "", a.IdNumber ?? "", a.Phone ?? "", a.BankAccount, a.HukouDivisionCode ?? "", a.ResidenceDivisionCode, a.HasResidencePermit),
            (r.Household ?? []).Select(m => new HouseholdMember(m?.Name ?? "", m?.Relation ?? "", m?.IdNumber ?? "")).ToList(),
            r.Items ?? [],
            answers,
            r.ConsentToFinancialCheck,
            window);
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

    private static string? DefaultWindow(Caller caller) => caller.ScopeDivisions.FirstOrDefault();

    private static string IdFor(string requestKey) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("application:" + requestKey)))[..32];

    private DateOnly ChinaDay() => Workflow.Engine.Ports.ChinaTime.DayOf(time.GetUtcNow());
}
