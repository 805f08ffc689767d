using Workflow.Casework.Benefits;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// Between the ledger's pure rules (<see cref="BenefitsLedger"/>, <see cref="LifeEvents"/>) and its store: an entitlement
/// from its row and back, and each decided change as the row write with its audit entry naming the rule that fired.
/// </summary>
public static class LedgerWrites
{
    public const string PersonKind = "person";
    public const string HouseholdKind = "household";

    public static IReadOnlyList<LedgerWrite> Of(IEnumerable<LedgerOutcome> outcomes, string? source = null, string? applicationId = null,
        string? payCondition = null)
    {
        var writes = new List<LedgerWrite>();
        foreach (var outcome in outcomes)
        {
            foreach (var change in outcome.Changes)
            {
                writes.Add(change switch
                {
                    EntitlementGranted g => new GrantWrite(Record(g.Entitlement, applicationId, payCondition),
                        Audit(g, "ledger.grant", source, new { item = g.Entitlement.ItemCode, start = g.Entitlement.StartMonth.ToString(), monthlyFen = g.Entitlement.Amounts[0].MonthlyFen })),
                    EntitlementAmountChanged a => new AmountWrite(a.EntitlementId, outcome.Entitlement!.Amounts.Count - 1, Record(a.Period),
                        Audit(a, "ledger.amount", source, new { from = a.Period.From.ToString(), monthlyFen = a.Period.MonthlyFen, members = a.Period.Members.Count })),
                    EntitlementStopped s => new StopWrite(s.EntitlementId, s.StopMonth.Index,
                        Audit(s, "ledger.stop", source, new { stop = s.StopMonth.ToString(), reason = s.Reason })),
                    _ => throw new ArgumentOutOfRangeException(nameof(outcomes), change.GetType().Name, "Expected a grant, an amount change or a stop."),
                });
            }
        }
        return writes;
    }

    public static Entitlement ToDomain(EntitlementRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var beneficiary = r.BeneficiaryKind == HouseholdKind
            ? Beneficiary.Household(r.HouseholdKey, r.Amounts.Count > 0 ? r.Amounts[0].Members : [])
            : Beneficiary.Person(r.PersonKey ?? r.HouseholdKey, r.HouseholdKey);
        return new Entitlement(r.Id, r.ItemCode, beneficiary, r.DivisionCode, r.GrantedByCaseId, Month(r.StartMonth),
            r.StopMonth is { } stop ? Month(stop) : null,
            r.Amounts.Select(a => new AmountPeriod(Month(a.FromMonth), a.MonthlyFen, a.Rule, a.Members)).ToList(), r.Restricted);
    }

    public static LedgerMonth Month(int index) => LedgerMonth.Of(index / 12, index % 12 + 1);

    private static EntitlementRecord Record(Entitlement e, string? applicationId, string? payCondition) =>
        new(e.Id, e.ItemCode, e.Beneficiary.Kind == BeneficiaryKind.Household ? HouseholdKind : PersonKind, e.Beneficiary.PersonKey,
            e.Beneficiary.HouseholdKey, e.DivisionCode, e.GrantedByCaseId, applicationId, e.StartMonth.Index, e.StopMonth?.Index, e.Restricted,
            payCondition, e.Amounts.Select(Record).ToList());

    private static AmountRecord Record(AmountPeriod p) => new(p.From.Index, p.MonthlyFen, p.Rule, p.Members);

    /// <summary>The audit of a run of a ledger rule over everyone (the 高龄津贴 run): the rule that fired and how many changes it made.</summary>
    public static CaseworkAuditEntry RunAudit(DateTimeOffset at, string actorId, string itemCode, string rule, int changes) =>
        CaseworkAudit.Entry(at, actorId, "ledger.old-age-run", "rule", itemCode, new { rule, ruleText = LedgerRules.TextOf(rule), changes });

    private static CaseworkAuditEntry Audit(LedgerChange change, string action, string? source, object facts) =>
        CaseworkAudit.Entry(change.At, change.ActorId, action, "entitlement", change.EntitlementId,
            new { rule = change.Rule, ruleText = LedgerRules.TextOf(change.Rule), source, facts });
}
