using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts.Casework;

namespace Workflow.Web.Casework;

public sealed partial class ApplicationService
{
    /// <summary>
    /// Shows one personal field in full. A reason is required, and the reveal is audited (who, which field, why) before
    /// the value is returned; the audit never holds the value itself.
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
        await store.AppendAuditAsync(Audit(caller, "pii.reveal", record.Id, new { field = request.Field, reason = request.Reason.Trim() }), cancellationToken)
            .ConfigureAwait(false);
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
