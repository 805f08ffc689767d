using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Benefits;

/// <summary>
/// The ledger's three operations, pure: grant, change the amount from a month on, stop from a month on. Each returns
/// the entitlement as it now stands with the audited change; the store writes both in one transaction.
/// </summary>
public static class BenefitsLedger
{
    public static LedgerOutcome Grant(GrantRequest grant, string actorId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.MonthlyFen <= 0)
        {
            return LedgerOutcome.Refused(Rejection.Invalid($"Expected a monthly amount above 0 fen, but got {grant.MonthlyFen}.", "monthlyFen"));
        }
        LedgerMonth? start = grant.StartRule switch
        {
            LedgerRules.StartMonthAfterApproval => LedgerMonth.After(grant.ApprovedOn),
            LedgerRules.StartMonthOfApproval => LedgerMonth.Of(grant.ApprovedOn),
            LedgerRules.OldAgeAllowanceOnBirthday => LedgerMonth.After(grant.ApprovedOn),
            _ => null,
        };
        if (start is not { } first)
        {
            return LedgerOutcome.Refused(Rejection.Invalid($"Expected a start rule of the ledger, but got '{grant.StartRule}'.", "startRule"));
        }
        var entitlement = new Entitlement(grant.Id, grant.ItemCode, grant.Beneficiary, grant.DivisionCode, grant.CaseId, first, null,
            [new AmountPeriod(first, grant.MonthlyFen, grant.StartRule, grant.Beneficiary.Members)], grant.Restricted);
        return LedgerOutcome.Changed(entitlement, new EntitlementGranted(entitlement, grant.StartRule, actorId, at));
    }

    /// <summary>
    /// The amount from <paramref name="from"/> on (from the start when that is earlier). The same amount for the same
    /// members is no change; a month the entitlement no longer pays is no change either.
    /// </summary>
    public static LedgerOutcome ChangeAmount(Entitlement entitlement, LedgerMonth from, long monthlyFen, IReadOnlyList<string> members,
        string rule, string actorId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        if (monthlyFen <= 0)
        {
            return LedgerOutcome.Refused(Rejection.Invalid($"Expected a monthly amount above 0 fen, but got {monthlyFen}.", "monthlyFen"));
        }
        var effective = from < entitlement.StartMonth ? entitlement.StartMonth : from;
        if (entitlement.StopMonth is { } stop && effective >= stop
            || entitlement.PeriodAt(effective) is { } current && current.MonthlyFen == monthlyFen && current.Members.SequenceEqual(members))
        {
            return LedgerOutcome.Unchanged(entitlement);
        }
        var period = new AmountPeriod(effective, monthlyFen, rule, members);
        return LedgerOutcome.Changed(entitlement with { Amounts = [.. entitlement.Amounts, period] },
            new EntitlementAmountChanged(entitlement.Id, period, rule, actorId, at));
    }

    /// <summary>
    /// Nothing paid from <paramref name="stop"/> on (from the start when that is earlier: never paid). An entitlement
    /// already stopped then or earlier is left as it is, so the same event received twice changes nothing.
    /// </summary>
    public static LedgerOutcome Stop(Entitlement entitlement, LedgerMonth stop, string reason, string rule, string actorId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        var effective = stop < entitlement.StartMonth ? entitlement.StartMonth : stop;
        if (entitlement.StopMonth is { } stopped && stopped <= effective)
        {
            return LedgerOutcome.Unchanged(entitlement);
        }
        return LedgerOutcome.Changed(entitlement with { StopMonth = effective },
            new EntitlementStopped(entitlement.Id, effective, reason, rule, actorId, at));
    }
}

/// <summary>A grant on approval: <paramref name="Id"/> is chosen by the caller so a repeated grant is the same row.</summary>
public sealed record GrantRequest(
    string Id,
    string ItemCode,
    Beneficiary Beneficiary,
    string DivisionCode,
    string CaseId,
    DateOnly ApprovedOn,
    long MonthlyFen,
    string StartRule = LedgerRules.StartMonthAfterApproval,
    bool Restricted = false);
