using System.Globalization;
using Microsoft.Extensions.Options;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Casework.Application;

/// <summary>
/// Pays under a sub-case. 先行救助 may come before any decision (decide first, document later), limited by the
/// payer's post; staged payments need the approval; both stop at the household's yearly cap, and only the district
/// may pay above it (一事一议), with a reason.
/// </summary>
public sealed class PaymentService(CaseworkStore store, ApplicationReader applications, CaseReader cases, IOptions<CaseworkOptions> options, TimeProvider time)
{
    public async Task<CaseworkOutcome<PaymentsView>> PayAsync(Caller caller, string id, string itemCode, PaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (await applications.VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (_, body))
        {
            return ApplicationReader.Missing(id);
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
        if (await RefuseKindAsync(caller, id, sub, kind, yuan, request, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        var cap = kind == PaymentKinds.Exception ? (decimal?)null : CapOf(itemCode);
        // The yearly-cap key of a household is its applicant's person key: the column holds no ID number.
        var household = PersonKey.Of(body.Form.Applicant!.IdNumber ?? "");
        var now = time.GetUtcNow();
        var year = ChinaTime.DayOf(now).Year;
        // A key is the payer's own and names one item's payment: the same key elsewhere is another payment.
        var paymentId = request.RequestKey is { Length: > 0 } key ? "pay-" + RequestKeys.IdFor($"{id}:{itemCode}:{caller.Id}:{key}") : Guid.NewGuid().ToString("N");
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
            CaseworkAudit.OfApplication(time, caller, "payment." + kind, id, new { item = itemCode, amountYuan = yuan, note = payment.Note }), cancellationToken)
            .ConfigureAwait(false);
        if (!recorded)
        {
            return Rejection.InvalidState(string.Create(CultureInfo.InvariantCulture,
                $"Expected the household's payments this year to stay within the cap of {cap} 元, but {before / 100m} 元 are paid and {yuan} 元 more would exceed it (超过年度救助上限，超出部分请报区县一事一议)."));
        }
        return await PaymentsAsync(id, itemCode, household, year, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each kind's own rule: 先行救助 within the post's authority, a staged payment after approval, 一事一议 by the district.</summary>
    private async Task<Rejection?> RefuseKindAsync(Caller caller, string id, StoredSubCase sub, string? kind, decimal yuan, PaymentRequest request,
        CancellationToken cancellationToken)
    {
        var posts = caller.Actor.Posts;
        var instance = await cases.InstanceAsync(sub.InstanceId, cancellationToken).ConfigureAwait(false);
        var result = instance is not null && ApplicationViews.IsFinished(instance) ? ResultNames.Of(instance.Variables, instance.Status.ToString()) : null;
        switch (kind)
        {
            case PaymentKinds.Advance:
                if (sub.DefinitionId != "temporary-assistance")
                {
                    return Rejection.InvalidState($"Expected an 急难型 临时救助 sub-case for 先行救助, but '{sub.ItemCode}' is not one.");
                }
                // The authority is for the whole advance on this case, not for each payment.
                var limit = posts.Select(p => options.Value.AdvanceLimitYuan.GetValueOrDefault(p)).DefaultIfEmpty(0).Max();
                var advanced = (await store.ListPaymentsAsync(id, cancellationToken).ConfigureAwait(false))
                    .Where(p => p.ItemCode == sub.ItemCode && p.Kind == PaymentKinds.Advance).Sum(p => p.AmountFen) / 100m;
                return advanced + yuan > limit
                    ? Rejection.Forbidden($"Expected 先行救助 within the payer's authority of {limit} 元, but {advanced} 元 are advanced and {yuan} 元 more would exceed it (超出本岗位先行救助权限).")
                    : null;
            case PaymentKinds.Stage:
                if (result != "approved")
                {
                    return Rejection.InvalidState($"Expected sub-case '{sub.ItemCode}' to be approved before a staged payment, but it is {result ?? "still open"}.");
                }
                return posts.Any(p => p is StandardPosts.TownshipReview or StandardPosts.DistrictApproval or StandardPosts.Caseworker)
                    ? null
                    : Rejection.Forbidden($"Expected '{caller.Id}' to hold a payment post (民政办, 区民政局 or 社会救助经办), but they do not.");
            case PaymentKinds.Exception:
                if (!posts.Contains(StandardPosts.DistrictApproval))
                {
                    return Rejection.Forbidden($"Expected 一事一议 above the cap to be approved by the district (区民政局), but '{caller.Id}' is not.");
                }
                return string.IsNullOrWhiteSpace(request.Note) ? Rejection.Invalid("Expected the 一事一议 decision's reason in note, but it is empty.", "note") : null;
            default:
                return Rejection.Invalid($"Expected kind advance, stage or exception, but got '{request.Kind}'.", "kind");
        }
    }

    /// <summary>
    /// The payments under the case's own sub-case of its application (分期发放, 先行救助, 一事一议), oldest first, for the
    /// case's timeline: none when the case has no application or the caller may not see it; without their notes for a
    /// caller who sees only the facts.
    /// </summary>
    public async Task<IReadOnlyList<PaymentLine>> OfCaseAsync(Caller caller, InstanceView instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(instance);
        if (CaseValues.Text(instance.Input, CaseInputKeys.ApplicationId) is not { } id
            || await applications.VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (_, body)
            || body.SubCases.FirstOrDefault(s => s.InstanceId == instance.InstanceId) is not { } sub)
        {
            return [];
        }
        return [.. (await store.ListPaymentsAsync(id, cancellationToken).ConfigureAwait(false))
            .Where(p => p.ItemCode == sub.ItemCode)
            .OrderBy(p => p.PaidAt)
            .Select(p => new PaymentLine(p.Id, p.ItemCode, p.Kind, p.AmountFen / 100m, instance.OnlyFacts ? "" : p.Note, p.PaidBy, p.PaidAt))];
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
