namespace Workflow.Casework.Benefits;

/// <summary>
/// The monthly amount from <paramref name="From"/> until the next period: a change is a new period, never an overwrite,
/// so the ledger answers what was paid in any past month. <paramref name="Rule"/> is the rule that set it.
/// </summary>
/// <param name="MonthlyFen">In fen, so sums are exact.</param>
/// <param name="Members">The household members the amount was computed for (a household entitlement); empty otherwise.</param>
public sealed record AmountPeriod(LedgerMonth From, long MonthlyFen, string Rule, IReadOnlyList<string> Members);
