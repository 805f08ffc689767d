namespace Workflow.Casework.Benefits;

/// <summary>
/// A benefit that an approved case granted: paid monthly from <see cref="StartMonth"/> up to, not including,
/// <see cref="StopMonth"/>, at the amount of the period in force each month.
/// </summary>
/// <param name="GrantedByCaseId">The case (instance) whose approval granted it; a scheduled rule names its run.</param>
/// <param name="Restricted">A child-protection entitlement: listed only to those the access policy lets see such cases.</param>
public sealed record Entitlement(
    string Id,
    string ItemCode,
    Beneficiary Beneficiary,
    string DivisionCode,
    string GrantedByCaseId,
    LedgerMonth StartMonth,
    LedgerMonth? StopMonth,
    IReadOnlyList<AmountPeriod> Amounts,
    bool Restricted = false)
{
    public bool PaysIn(LedgerMonth month) => month >= StartMonth && (StopMonth is not { } stop || month < stop);

    /// <summary>What is due for <paramref name="month"/>: the amount in force then, or 0 outside the paid months.</summary>
    public long FenFor(LedgerMonth month) => PaysIn(month) ? PeriodAt(month)?.MonthlyFen ?? 0 : 0;

    /// <summary>The amount period in force in <paramref name="month"/> (the latest that began by then).</summary>
    public AmountPeriod? PeriodAt(LedgerMonth month)
    {
        AmountPeriod? found = null;
        foreach (var period in Amounts)
        {
            if (period.From <= month && (found is null || period.From >= found.From))
            {
                found = period;
            }
        }
        return found;
    }
}
