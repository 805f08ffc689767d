using Workflow.Engine.Divisions;

namespace Workflow.Casework.Benefits;

/// <summary>
/// What a life event reported by 公安 or 卫健 does to the ledger, decided over every entitlement that concerns the person
/// (their own, and their households' that count them) so one transaction applies all of it.
/// </summary>
public static class LifeEvents
{
    /// <summary>
    /// A death stops every entitlement of the person from the following month. A household entitlement that counted them
    /// goes on for the others from that month: recomputed when its item's amount follows the household's size
    /// (<paramref name="amountFollowsSize"/>), stopped when nobody is left.
    /// </summary>
    public static IReadOnlyList<LedgerOutcome> PersonDied(string personKey, DateOnly died, IEnumerable<Entitlement> concerned,
        Func<string, bool> amountFollowsSize, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(concerned);
        ArgumentNullException.ThrowIfNull(amountFollowsSize);
        var from = LedgerMonth.After(died);
        var outcomes = new List<LedgerOutcome>();
        foreach (var entitlement in concerned.Where(e => e.Beneficiary.Concerns(personKey)))
        {
            outcomes.Add(entitlement.Beneficiary.Kind == BeneficiaryKind.Person
                ? BenefitsLedger.Stop(entitlement, from, "本人死亡", LedgerRules.StopMonthAfterDeath, System, at)
                : WithoutMember(entitlement, personKey, from, amountFollowsSize(entitlement.ItemCode), at));
        }
        return outcomes;
    }

    /// <summary>
    /// A move out of the jurisdiction stops the person's own entitlements here from the following month. The jurisdiction
    /// of an entitlement is its county (区县, <see cref="JurisdictionOf"/>): a move to another village or township of the
    /// same county stops nothing; a move to a division that is not valid counts as out.
    /// </summary>
    public static IReadOnlyList<LedgerOutcome> PersonMoved(string personKey, DateOnly moved, string toDivisionCode, IEnumerable<Entitlement> concerned,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(concerned);
        var from = LedgerMonth.After(moved);
        return concerned.Where(e => e.Beneficiary.Kind == BeneficiaryKind.Person && e.Beneficiary.PersonKey == personKey
                && !(JurisdictionOf(e.DivisionCode) is { } county && county.Contains(toDivisionCode)))
            .Select(e => BenefitsLedger.Stop(e, from, "户籍迁出", LedgerRules.StopMonthAfterMove, System, at))
            .ToList();
    }

    /// <summary>The county (区县) that pays an entitlement of <paramref name="divisionCode"/>; null for a code that is not valid.</summary>
    public static DivisionCode? JurisdictionOf(string divisionCode) => DivisionCode.From(divisionCode)?.At(AdministrativeLevel.District);

    private const string System = "system";

    private static LedgerOutcome WithoutMember(Entitlement household, string personKey, LedgerMonth from, bool followsSize, DateTimeOffset at)
    {
        var current = household.PeriodAt(from < household.StartMonth ? household.StartMonth : from)
            ?? throw new InvalidOperationException($"Entitlement '{household.Id}' has no amount.");
        if (!current.Members.Contains(personKey))
        {
            return LedgerOutcome.Unchanged(household);
        }
        var remaining = current.Members.Where(m => m != personKey).ToList();
        if (remaining.Count == 0)
        {
            return BenefitsLedger.Stop(household, from, "家庭成员均已死亡", LedgerRules.StopMonthAfterDeath, System, at);
        }
        // A per-member amount scales with the people it counts; a flat amount stays and only the members change.
        var amount = followsSize ? current.MonthlyFen * remaining.Count / current.Members.Count : current.MonthlyFen;
        return BenefitsLedger.ChangeAmount(household, from, amount, remaining, LedgerRules.AmountHouseholdSize, System, at);
    }
}
