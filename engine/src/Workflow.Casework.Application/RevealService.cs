using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>
/// Shows one personal field in full, to someone with a need (<see cref="CaseAccessPolicy.RefuseReveal"/>: the
/// accepting window, a handler of an open task of the case, the deciding level). A reason is required, the caller
/// may reveal at most <see cref="RevealsPerWindow"/> fields an hour, and the reveal is audited (who, which field,
/// why) before the value is returned; the audit never holds the value itself.
/// </summary>
public sealed class RevealService(CaseworkStore store, ApplicationReader applications, CaseReader cases, TimeProvider time)
{
    /// <summary>How many personal fields one person may reveal in <see cref="RevealWindow"/>, across every host.</summary>
    public const int RevealsPerWindow = 30;

    public static readonly TimeSpan RevealWindow = TimeSpan.FromHours(1);

    public async Task<CaseworkOutcome<RevealView>> RevealAsync(Caller caller, string id, RevealRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (await applications.VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (record, body))
        {
            return ApplicationReader.Missing(id);
        }
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Trim().Length < 2)
        {
            return Rejection.Invalid("Expected a reason for revealing personal data (查看原因), but none was given.", "reason");
        }
        var value = FieldValue(body, request.Field);
        if (value is null)
        {
            return Rejection.Invalid($"Expected a field of applicant.idNumber, applicant.phone, applicant.bankAccount or household[i].idNumber, but got '{request.Field}'.", "field");
        }
        var openTasks = new List<TaskFacts>();
        foreach (var subCase in body.SubCases)
        {
            if (await cases.InstanceAsync(subCase.InstanceId, cancellationToken).ConfigureAwait(false) is { } instance)
            {
                openTasks.AddRange(CaseAccess.Facts(instance, time.GetUtcNow()).Tasks.Where(t => t.Open));
            }
        }
        if (CaseAccessPolicy.RefuseReveal(caller.Subject, ApplicationReader.Facts(record, body, openTasks)) is { } refusal)
        {
            return Rejection.Forbidden($"Expected the accepting window, a handler of this case or its deciding office to reveal '{request.Field}', but '{caller.Id}' is none ({refusal}).");
        }
        var audit = CaseworkAudit.OfApplication(time, caller, "pii.reveal", record.Id, new { field = request.Field, reason = request.Reason.Trim() });
        if (!await store.AppendAuditWithinLimitAsync(audit, time.GetUtcNow() - RevealWindow, RevealsPerWindow, cancellationToken).ConfigureAwait(false))
        {
            return Rejection.Conflict($"Expected at most {RevealsPerWindow} reveals of personal data an hour, but '{caller.Id}' has reached the limit (查看次数已达上限，请稍后再试).");
        }
        return new RevealView(request.Field!, value);
    }

    private static string? FieldValue(StoredApplication body, string? field)
    {
        var a = body.Form.Applicant!;
        switch (field)
        {
            case "applicant.idNumber":
                return a.IdNumber;
            case "applicant.phone":
                return a.Phone;
            case "applicant.bankAccount":
                return a.BankAccount;
        }
        if (field is not null && field.StartsWith("household[", StringComparison.Ordinal) && field.EndsWith("].idNumber", StringComparison.Ordinal)
            && int.TryParse(field["household[".Length..^"].idNumber".Length], out var index) && index >= 0 && index < (body.Form.Household?.Count ?? 0))
        {
            return body.Form.Household![index].IdNumber;
        }
        return null;
    }
}
