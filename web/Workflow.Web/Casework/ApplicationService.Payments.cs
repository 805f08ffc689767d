using System.Globalization;
using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts.Casework;

namespace Workflow.Web.Casework;

public sealed partial class ApplicationService
{
    /// <summary>
    /// Pays under a sub-case. 先行救助 may come before any decision (decide first, document later), limited by the
    /// payer's post; staged payments need the approval; both stop at the household's yearly cap, and only the district
    /// may pay above it (一事一议), with a reason.
    /// </summary>
    public async Task<CaseworkOutcome<PaymentsView>> PayAsync(Caller caller, string id, string itemCode, PaymentRequest request, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (record, body))
        {
            return Missing(id);
        }
        if (body.SubCases.FirstOrDefault(s => s.ItemCode == itemCode) is not { } sub)
        {
            return Rejection.NotFound($"Expected application '{id}' to have a sub-case '{itemCode}', but it has none.");
        }
        if (request.AmountYuan is not { } yuan || yuan <= 0 || yuan > 1_000_000 || decimal.Round(yuan, 2) != yuan)
        {
            return Rejection.Invalid($"Expected an amount in yuan above 0, at most 1000000 and with at most 2 decimals, but got {request.AmountYuan}.", "amountYuan");
        }
        var kind = request.Kind?.Trim().ToLowerInvariant();
        var posts = caller.Actor.Posts;
        var instance = await queries.InstanceAsync(sub.InstanceId, cancellationToken).ConfigureAwait(false);
        var result = instance is not null && IsFinished(instance) ? ResultNames.Of(instance.Variables, instance.Status.ToString()) : null;
        switch (kind)
        {
            case "advance":
                if (sub.DefinitionId != "temporary-assistance")
                {
                    return Rejection.InvalidState($"Expected an 急难型 临时救助 sub-case for 先行救助, but '{itemCode}' is not one.");
                }
                // The authority is for the whole advance on this case, not for each payment.
                var limit = posts.Select(p => options.Value.AdvanceLimitYuan.GetValueOrDefault(p)).DefaultIfEmpty(0).Max();
                var advanced = (await store.ListPaymentsAsync(id, cancellationToken).ConfigureAwait(false))
                    .Where(p => p.ItemCode == itemCode && p.Kind == "advance").Sum(p => p.AmountFen) / 100m;
                if (advanced + yuan > limit)
                {
                    return Rejection.Forbidden($"Expected 先行救助 within the payer's authority of {limit} 元, but {advanced} 元 are advanced and {yuan} 元 more would exceed it (超出本岗位先行救助权限).");
                }
                break;
            case "stage":
                if (result != "approved" || !posts.Any(p => p is StandardPosts.TownshipReview or StandardPosts.DistrictApproval or StandardPosts.Caseworker))
                {
                    return result != "approved"
                        ? Rejection.InvalidState($"Expected sub-case '{itemCode}' to be approved before a staged payment, but it is {result ?? "still open"}.")
                        : Rejection.Forbidden($"Expected '{caller.Id}' to hold a payment post (民政办, 区民政局 or 社会救助经办), but they do not.");
                }
                break;
            case "exception":
                if (!posts.Contains(StandardPosts.DistrictApproval))
                {
                    return Rejection.Forbidden($"Expected 一事一议 above the cap to be approved by the district (区民政局), but '{caller.Id}' is not.");
                }
                if (string.IsNullOrWhiteSpace(request.Note))
                {
                    return Rejection.Invalid("Expected the 一事一议 decision's reason in note, but it is empty.", "note");
                }
                break;
            default:
                return Rejection.Invalid($"Expected kind advance, stage or exception, but got '{request.Kind}'.", "kind");
        }
        var cap = kind == "exception" ? (decimal?)null : CapOf(itemCode);
        var household = HouseholdKey(body.Form.Applicant!.IdNumber ?? "");
        var now = time.GetUtcNow();
        var year = Workflow.Engine.Ports.ChinaTime.DayOf(now).Year;
        // A key is the payer's own and names one item's payment: the same key elsewhere is another payment.
        var paymentId = request.RequestKey is { Length: > 0 } key ? "pay-" + IdFor($"{id}:{itemCode}:{caller.Id}:{key}") : Guid.NewGuid().ToString("N");
        if (body.Transfer is { Direction: "out" } moved)
        {
            return Rejection.InvalidState($"Expected the entitlement to be paid here, but it moved to application {moved.OtherCaseNumber} from {moved.FirstMonthPaidThere} (已转移接续).");
        }
        if ((await store.ListPaymentsAsync(id, cancellationToken).ConfigureAwait(false)).Any(p => p.Id == paymentId))
        {
            return await PaymentsAsync(id, itemCode, household, year, cancellationToken).ConfigureAwait(false);
        }
        var payment = new PaymentRecord(paymentId, id, itemCode, household, year, ToFen(yuan), kind!, request.Note?.Trim() ?? "", caller.Id, now);
        var (recorded, before) = await store.AddPaymentAsync(payment, cap is { } c ? ToFen(c) : null,
            Audit(caller, "payment." + kind, id, new { item = itemCode, amountYuan = yuan, note = payment.Note }), cancellationToken).ConfigureAwait(false);
        if (!recorded)
        {
            return Rejection.InvalidState(string.Create(CultureInfo.InvariantCulture,
                $"Expected the household's payments this year to stay within the cap of {cap} 元, but {before / 100m} 元 are paid and {yuan} 元 more would exceed it (超过年度救助上限，超出部分请报区县一事一议)."));
        }
        return await PaymentsAsync(id, itemCode, household, year, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PaymentsView> PaymentsAsync(string id, string itemCode, string household, int year, CancellationToken cancellationToken)
    {
        var cap = CapOf(itemCode);
        var paid = await store.PaidInYearAsync(household, itemCode, year, cancellationToken).ConfigureAwait(false) / 100m;
        var lines = (await store.ListPaymentsAsync(id, cancellationToken).ConfigureAwait(false))
            .Select(p => new PaymentLine(p.Id, p.ItemCode, p.Kind, p.AmountFen / 100m, p.Note, p.PaidBy, p.PaidAt)).ToList();
        var reached = cap is { } c && paid >= c;
        return new PaymentsView(lines, paid, cap, reached, reached ? $"本年度救助已达上限 {cap} 元，继续救助须报区县“一事一议”。" : null);
    }

    private decimal? CapOf(string itemCode) => options.Value.YearlyCapYuan.TryGetValue(itemCode, out var cap) ? cap : null;

    private static long ToFen(decimal yuan) => (long)(yuan * 100m);
}
