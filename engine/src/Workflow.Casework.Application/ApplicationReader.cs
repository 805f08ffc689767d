using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>
/// Reads an application for a caller through <see cref="CaseAccessPolicy"/>: an application out of their scope is
/// answered as if it did not exist, and one they see only to supervise shows no personal data.
/// </summary>
public sealed class ApplicationReader(CaseworkStore store)
{
    /// <summary>Whether the caller may see the application: for rows that hang off one (a check, a payment).</summary>
    public async Task<bool> VisibleToAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The application if the caller may see it: in scope by the window, the deciding jurisdiction or a sub-case.</summary>
    public async Task<VisibleApplication?> VisibleAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await store.GetApplicationAsync(id, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }
        var body = StoredApplication.FromJson(record.Body);
        return CaseAccessPolicy.MaySee(caller.Subject, Facts(record, body, [])) ? new VisibleApplication(record, body) : null;
    }

    /// <summary>
    /// The application for a read that shows its personal data (a receipt, a notice, attachments, the audit trail):
    /// null with <see cref="Missing"/> when the caller may not see it; null with a 403 when they see it only to
    /// supervise (<see cref="CaseAccessPolicy.SeesOnlyFacts"/>).
    /// </summary>
    public async Task<(VisibleApplication? Found, Rejection? Refused)> WithPersonalDataAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return (null, Missing(id));
        }
        return CaseAccessPolicy.SeesOnlyFacts(caller.Subject, Facts(found.Record, found.Body, []))
            ? (null, Rejection.Forbidden("督办仅可查看办理情况，不可查看申请人的材料和个人信息。"))
            : (found, null);
    }

    /// <summary>
    /// An application as the access policy reads it: the sub-cases' divisions, the window, the deciding divisions, the
    /// referrals to departments, and the open tasks of its sub-cases when the caller's handling matters (a reveal).
    /// </summary>
    public static CaseFacts Facts(ApplicationRecord application, StoredApplication body, IReadOnlyList<TaskFacts> openTasks)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(body);
        return new(
            body.SubCases.Select(s => s.CaseDivisionCode).Distinct().ToList(),
            body.Flags.Contains(ApplicationFlags.ChildProtection),
            application.WindowDivision,
            body.SubCases.Select(s => s.DecidingDivisionCode).OfType<string>().Append(application.DecidingDivision).Distinct().ToList(),
            body.SubCases.Where(s => s.DepartmentCode is not null)
                .Select(s => new TaskFacts(s.DecidingDivisionCode ?? s.CaseDivisionCode, s.DepartmentCode, true, [], []))
                .Concat(openTasks).ToList());
    }

    public static Rejection Missing(string id) => Rejection.NotFound($"Expected to find application '{id}' in the caller's scope, but there is none.");
}
