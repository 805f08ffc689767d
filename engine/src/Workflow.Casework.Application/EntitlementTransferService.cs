using System.Globalization;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>
/// 转移接续: the applicant's 户籍 moved into the caller's jurisdiction. The approved entitlement ends with the month
/// before <see cref="TransferRequest.FromMonth"/> where it was, and a new application for the same items opens
/// here from that month, so no month is paid twice or missed. Both applications record the link.
/// </summary>
public sealed class EntitlementTransferService(CaseworkStore store, ApplicationReader applications, ApplicationViews views, IntakeService intake, TimeProvider time)
{
    public async Task<CaseworkOutcome<ApplicationRecord>> TransferAsync(Caller caller, string id, TransferRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (await applications.VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (old, body))
        {
            return ApplicationReader.Missing(id);
        }
        var view = await views.ViewAsync(caller, old, body, cancellationToken).ConfigureAwait(false);
        if (view.Status != ApplicationStatuses.Closed || view.SubCases.Any(s => s.Result != "approved") || body.Transfer is { Direction: "out" })
        {
            return Rejection.InvalidState($"Expected application '{id}' to be closed with every item approved and not transferred yet, but it is {view.Status}.");
        }
        if (!DivisionCode.IsValid(request.NewHukouDivisionCode))
        {
            return Rejection.Invalid($"Expected the new 户籍地 as a 12-digit division code, but got '{request.NewHukouDivisionCode}'.", "newHukouDivisionCode");
        }
        var hukou = request.NewHukouDivisionCode;
        var today = ChinaTime.DayOf(time.GetUtcNow());
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        if (request.FromMonth is { Length: > 0 } text
            && !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
        {
            return Rejection.Invalid($"Expected fromMonth as yyyy-MM, but got '{text}'.", "fromMonth");
        }
        var form = body.Form with
        {
            WindowDivisionCode = null,
            Applicant = body.Form.Applicant! with { HukouDivisionCode = hukou, ResidenceDivisionCode = hukou, HasResidencePermit = false },
            Items = body.SubCases.Select(s => s.ItemCode).ToList(),
            RequestKey = "transfer:" + id,
        };
        var accepted = await intake.AcceptAsync(caller, form, cancellationToken).ConfigureAwait(false);
        if (accepted.Value is not { } created)
        {
            return accepted;
        }
        var last = from.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var first = from.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var createdBody = StoredApplication.FromJson(created.Body);
        if (createdBody.Transfer is null && await store.GetApplicationAsync(id, cancellationToken).ConfigureAwait(false) is { } current)
        {
            old = current;
            await store.UpdateBodiesAsync(
                (created.Id, created.Version, (createdBody with { Transfer = new EntitlementTransfer("in", old.Id, old.CaseNumber, last, first) }).ToJson(),
                    CaseworkAudit.OfApplication(time, caller, "entitlement.transfer-in", created.Id, new { from = old.Id, firstMonth = first })),
                (old.Id, old.Version, (body with { Transfer = new EntitlementTransfer("out", created.Id, created.CaseNumber, last, first) }).ToJson(),
                    CaseworkAudit.OfApplication(time, caller, "entitlement.transfer-out", old.Id, new { to = created.Id, lastMonth = last })),
                cancellationToken).ConfigureAwait(false);
        }
        return (await store.GetApplicationAsync(created.Id, cancellationToken).ConfigureAwait(false))!;
    }
}
