using Workflow.Casework.Application.Requests;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>
/// 一门受理: accepts an integrated application, splits it into sub-cases (workflow instances for 民政 items, referral
/// instances for other departments) and records the parent case, the application row, with its case number; or
/// records a refusal (不予受理). The parent closes when its last sub-case has closed (<see cref="ApplicationViews"/>).
/// </summary>
public sealed class IntakeService(CaseworkStore store, SubCasePlanner planner, SubCaseStarter starter, FinancialCheckService checks, KnownPeople people,
    TimeProvider time)
{

    /// <summary>
    /// Accepts an application: validates every field (nothing is written when one is wrong), plans the sub-cases,
    /// records the parent case with its case number, then starts each sub-case. Sub-case instance ids derive from the
    /// case number, and each start carries a request key, so a retry after a crash starts nothing twice.
    /// </summary>
    public async Task<CaseworkOutcome<ApplicationRecord>> AcceptAsync(Caller caller, ApplicationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var window = request.WindowDivisionCode ?? DefaultWindow(caller, request);
        if (RefuseWindow(caller, window, request) is { } refused)
        {
            return refused;
        }
        var form = SubCasePlanner.ToForm(request, window!);
        var errors = planner.Validate(form, ChinaDay());
        if (errors.Count > 0)
        {
            return CaseworkOutcome<ApplicationRecord>.Invalid(errors);
        }
        // A request key is the caller's own: another clerk's key never returns someone else's application.
        if (request.RequestKey is { Length: > 0 } key
            && await store.GetApplicationAsync(RequestKeys.IdFor(caller.Id + ":" + key), cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            // A retry after a crash between recording and starting: record the people and start what did not start (both
            // are safe to repeat).
            await RecordPeopleAsync(earlier, caller, cancellationToken).ConfigureAwait(false);
            await StartAsync(earlier, caller, cancellationToken).ConfigureAwait(false);
            return earlier;
        }
        var plan = planner.Plan(form);
        var id = request.RequestKey is { Length: > 0 } k ? RequestKeys.IdFor(caller.Id + ":" + k) : Guid.NewGuid().ToString("N");
        var subCases = planner.SubCases(plan, form).ToList();
        var missing = planner.Unpublished(subCases);
        if (missing.Count > 0)
        {
            return Rejection.InvalidState($"Expected a published definition for {string.Join(", ", missing)}, but there is none (请管理员发布流程).");
        }
        var body = new StoredApplication(request with { RequestKey = null }, request.Channel ?? "window", subCases, planner.Flags(form, plan), null, caller.DisplayName);
        var deciding = plan.SubCases.FirstOrDefault()?.DecidingDivisionCode ?? plan.SubCases.FirstOrDefault()?.CaseDivisionCode ?? window!;
        var record = new ApplicationRecord(id, "", window!, deciding, form.Applicant.Name, ApplicationStatuses.Accepted, "", time.GetUtcNow(), caller.Id, null, 0);
        var created = await CreateAsync(record, body, caller, cancellationToken).ConfigureAwait(false);
        await RecordPeopleAsync(created, caller, cancellationToken).ConfigureAwait(false);
        await StartAsync(created, caller, cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>
    /// The applicant and the members become people the scheduled rules know (高龄津贴 免申即享), before any sub-case runs,
    /// in the division of the first sub-case (else the window); idempotent, so the retry path records them too.
    /// </summary>
    private Task RecordPeopleAsync(ApplicationRecord application, Caller caller, CancellationToken cancellationToken)
    {
        var body = StoredApplication.FromJson(application.Body);
        var division = body.SubCases.FirstOrDefault()?.CaseDivisionCode ?? application.WindowDivision;
        return people.RecordApplicationAsync(body.Form, division, caller.Id, cancellationToken);
    }

    /// <summary>不予受理: records the refusal with its reason and appeal routes; no sub-case starts.</summary>
    public async Task<CaseworkOutcome<ApplicationRecord>> RefuseAsync(Caller caller, RefusalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var window = request.WindowDivisionCode ?? DefaultWindow(caller);
        if (RefuseWindow(caller, window) is { } refused)
        {
            return refused;
        }
        var errors = Refusal.Check(request.ApplicantName ?? "", window!, request.Reason);
        if (errors.Count > 0)
        {
            return CaseworkOutcome<ApplicationRecord>.Invalid(errors);
        }
        var form = new ApplicationRequest(window, new ApplicantBody(request.ApplicantName, request.ApplicantIdNumber, null, null, null, null, false),
            [], request.Items ?? [], null, false);
        var body = new StoredApplication(form, "window", [], [], request.Reason!.Trim(), caller.DisplayName);
        var record = new ApplicationRecord(Guid.NewGuid().ToString("N"), "", window!, window!, request.ApplicantName!.Trim(), ApplicationStatuses.Refused, "",
            time.GetUtcNow(), caller.Id, time.GetUtcNow(), 0);
        return await CreateAsync(record, body, caller, cancellationToken).ConfigureAwait(false);
    }

    private static Rejection? RefuseWindow(Caller caller, string? window, ApplicationRequest? request = null) =>
        window is null || !(caller.IsAtWindow && caller.Sees(window) || SubmitsOwnProxy(caller, window, request))
            ? Rejection.Forbidden($"Expected '{caller.Id}' to hold a window post (窗口受理) at division {window}, or to apply on someone's behalf (代为申请) in their own post, but they do not.")
            : null;

    /// <summary>
    /// 代为申请 by a 村协理员, 儿童主任 or 未保 staff in the post they hold: handed to the township window over their area
    /// (<see cref="OnBehalfOf.StaffPosts"/>).
    /// </summary>
    private static bool SubmitsOwnProxy(Caller caller, string window, ApplicationRequest? request) =>
        request?.OnBehalf?.Post is { } post && OnBehalfOf.StaffPosts.Contains(post) && caller.Actor.Posts.Contains(post)
        && (caller.Sees(window) || caller.ScopeDivisions.Any(area => TownshipOf(area) == window));

    private static string? TownshipOf(string area) => DivisionCode.From(area)?.At(AdministrativeLevel.Township).Value;

    /// <summary>Starts the sub-cases, then asks the financial-check sources when an item needs it; both are safe to repeat.</summary>
    private async Task StartAsync(ApplicationRecord application, Caller caller, CancellationToken cancellationToken)
    {
        await starter.StartAsync(application, cancellationToken).ConfigureAwait(false);
        await checks.StartAsync(application, StoredApplication.FromJson(application.Body), caller.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApplicationRecord> CreateAsync(ApplicationRecord record, StoredApplication body, Caller caller, CancellationToken cancellationToken)
    {
        var day = ChinaDay();
        var sequence = CaseNumber.SequenceKey(DivisionCode.Parse(record.WindowDivision), day);
        var action = record.Status == ApplicationStatuses.Refused ? "application.refuse" : "application.accept";
        var proxy = body.Form.OnBehalf is { } p ? new { post = p.Post, consent = p.Consent } : null;
        var audit = CaseworkAudit.OfApplication(time, caller, action, record.Id, new { window = record.WindowDivision, items = body.SubCases.Select(s => s.ItemCode), onBehalf = proxy });
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
            catch (Exception e) when (attempt < 3 && store.IsDuplicate(e))
            {
                // The same request key twice at once, or two windows taking the first number of the day together.
                if (await store.GetApplicationAsync(record.Id, cancellationToken).ConfigureAwait(false) is { } done)
                {
                    return done;
                }
            }
        }
    }

    /// <summary>The caller's first area; for staff applying on someone's behalf, the township window over it.</summary>
    private static string? DefaultWindow(Caller caller, ApplicationRequest? request = null) =>
        request?.OnBehalf is not null && !caller.IsAtWindow && caller.ScopeDivisions.FirstOrDefault() is { } area
            ? TownshipOf(area) ?? area
            : caller.ScopeDivisions.FirstOrDefault();

    private DateOnly ChinaDay() => ChinaTime.DayOf(time.GetUtcNow());
}
