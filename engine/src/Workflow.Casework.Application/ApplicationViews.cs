using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application;

/// <summary>
/// 统一窗口出件's combined view of an application: its sub-cases as their workflow instances stand now, masked. The
/// parent case closes when its last sub-case has closed, which is recorded the first time a view sees it.
/// </summary>
public sealed class ApplicationViews(CaseworkStore store, ApplicationReader applications, CaseReader cases, IWorkingCalendar calendar, TimeProvider time)
{
    public async Task<CaseworkOutcome<ApplicationView>> GetAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (await applications.VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (record, body))
        {
            return ApplicationReader.Missing(id);
        }
        return await ViewAsync(caller, record, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The newest applications the caller may see, newest first: the access policy's scope is part of the query, so the
    /// limit counts only what they may see.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationView>> ListAsync(Caller caller, int limit, CancellationToken cancellationToken, bool acceptedHere = false)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var views = new List<ApplicationView>();
        var scope = caller.Scope;
        // A window clerk's own list: what their windows accepted, chosen in the query as well.
        foreach (var record in await store.ListApplicationsAsync(scope, 0, limit, acceptedHere ? scope.AreaPrefixes : null, cancellationToken).ConfigureAwait(false))
        {
            views.Add(await ViewAsync(caller, record, StoredApplication.FromJson(record.Body), cancellationToken).ConfigureAwait(false));
        }
        return views;
    }

    public async Task<ApplicationView> ViewAsync(Caller caller, ApplicationRecord record, StoredApplication body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(body);
        var now = time.GetUtcNow();
        var subCases = new List<SubCaseView>();
        foreach (var sub in body.SubCases)
        {
            var instance = await cases.InstanceAsync(sub.InstanceId, cancellationToken).ConfigureAwait(false);
            subCases.Add(SubCaseOf(sub, instance, now));
        }
        var status = record.Status;
        DateTimeOffset? closedAt = record.ClosedAt;
        if (status is ApplicationStatuses.Accepted or ApplicationStatuses.Processing && subCases.Count > 0 && subCases.All(s => s.Status == SubCaseStatuses.Closed))
        {
            // The parent closes with its last sub-case; recorded once, when first seen.
            closedAt = subCases.Max(s => s.ClosedAt) ?? now;
            status = ApplicationStatuses.Closed;
            await store.SetApplicationStatusAsync(record.Id, status, closedAt, CaseworkAudit.OfApplication(time, caller, "application.close", record.Id,
                new { results = subCases.Select(s => new { s.ItemCode, s.Result }) }), cancellationToken).ConfigureAwait(false);
        }
        else if (status == ApplicationStatuses.Accepted && subCases.Any(s => s.Status != SubCaseStatuses.Pending))
        {
            status = ApplicationStatuses.Processing;
        }
        var a = body.Form.Applicant!;
        var view = new ApplicationView(
            record.Id,
            record.CaseNumber,
            status,
            ApplicationStatuses.NameOf(status),
            body.Channel,
            record.WindowDivision,
            record.DecidingDivision,
            new PersonView(a.Name ?? "", PersonalDataMask.IdNumber(a.IdNumber), PersonalDataMask.Phone(a.Phone), PersonalDataMask.BankAccount(a.BankAccount),
                a.HukouDivisionCode, a.ResidenceDivisionCode, a.HasResidencePermit),
            (body.Form.Household ?? []).Select(m => new MemberView(m.Name ?? "", m.Relation ?? "", PersonalDataMask.IdNumber(m.IdNumber))).ToList(),
            subCases,
            body.Flags.Select(ApplicationFlags.Text).ToList(),
            body.RefusalReason,
            record.CreatedAt,
            body.AcceptedByName,
            closedAt)
        {
            FlagCodes = body.Flags,
            Transfer = body.Transfer,
            OnBehalf = OnBehalfView.From(body.Form.OnBehalf),
            Checks = (await store.ListChecksAsync(record.Id, cancellationToken).ConfigureAwait(false)).Select(CheckView.From).ToList(),
        };
        // A supervisor (督办) who sees it only to supervise gets the facts, no personal data.
        return CaseAccessPolicy.SeesOnlyFacts(caller.Subject, ApplicationReader.Facts(record, body, [])) ? view.FactsOnly() : view;
    }

    /// <summary>Whether a sub-case's instance has ended (decided, withdrawn, terminated), so its result is final.</summary>
    public static bool IsFinished(InstanceView instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Status is not (WorkflowSubStatus.Executing or WorkflowSubStatus.Suspended);
    }

    /// <summary>Working days left until <paramref name="due"/> (negative once past), on the division's calendar.</summary>
    public int Remaining(DateTimeOffset now, DateTimeOffset due, string? divisionCode) =>
        due >= now ? calendar.WorkingDaysBetween(now, due) : -calendar.WorkingDaysBetween(due, now);

    private SubCaseView SubCaseOf(StoredSubCase sub, InstanceView? instance, DateTimeOffset now)
    {
        var finished = instance is not null && IsFinished(instance);
        var result = finished ? ResultNames.Of(instance!.Variables, instance.Status.ToString()) : null;
        var status = instance is null ? SubCaseStatuses.Pending : finished ? SubCaseStatuses.Closed : SubCaseStatuses.Running;
        var steps = instance?.OpenTasks.Select(t => new StepView(t.TaskId, t.Title, t.Assignee.Post, t.Assignee.DivisionCode, t.Assignee.DepartmentCode, t.DueAt,
            t.DueAt is { } due ? Remaining(now, due, t.Assignee.DivisionCode) : null)).ToList() ?? [];
        return new SubCaseView(sub.ItemCode, sub.ItemName, sub.Kind, sub.Origin, sub.InstanceId, sub.CaseDivisionCode, sub.DecidingDivisionCode, sub.JurisdictionBasis,
            sub.DepartmentCode, sub.DepartmentName, status, status switch
            {
                SubCaseStatuses.Closed => "已办结",
                SubCaseStatuses.Running => "办理中",
                _ => "待启动",
            }, result, ResultNames.NameOf(result), finished ? instance!.UpdatedAt : null, steps);
    }
}
