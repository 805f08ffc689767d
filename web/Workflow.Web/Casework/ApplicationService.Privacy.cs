using Workflow.Casework;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts.Casework;

namespace Workflow.Web.Casework;

public sealed partial class ApplicationService
{
    /// <summary>How many personal fields one person may reveal in <see cref="RevealWindow"/>, across every host.</summary>
    public const int RevealsPerWindow = 30;

    public static readonly TimeSpan RevealWindow = TimeSpan.FromHours(1);

    /// <summary>
    /// Shows one personal field in full, to someone with a need (<see cref="CaseAccessPolicy.RefuseReveal"/>: the
    /// accepting window, a handler of an open task of the case, the deciding level). A reason is required, the caller
    /// may reveal at most <see cref="RevealsPerWindow"/> fields an hour, and the reveal is audited (who, which field,
    /// why) before the value is returned; the audit never holds the value itself.
    /// </summary>
    public async Task<CaseworkOutcome<RevealView>> RevealAsync(Caller caller, string id, RevealRequest request, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (record, body))
        {
            return Missing(id);
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
            if (await queries.InstanceAsync(subCase.InstanceId, cancellationToken).ConfigureAwait(false) is { } instance)
            {
                openTasks.AddRange(CaseAccess.Facts(instance).Tasks.Where(t => t.Open));
            }
        }
        if (CaseAccessPolicy.RefuseReveal(caller.Subject, Facts(record, body, openTasks)) is { } refusal)
        {
            return Rejection.Forbidden($"Expected the accepting window, a handler of this case or its deciding office to reveal '{request.Field}', but '{caller.Id}' is none ({refusal}).");
        }
        var audit = Audit(caller, "pii.reveal", record.Id, new { field = request.Field, reason = request.Reason.Trim() });
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
