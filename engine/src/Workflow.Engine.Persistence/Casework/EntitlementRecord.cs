namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// One entitlement of the benefits ledger as stored (<c>cw_entitlements</c> with its <c>cw_entitlement_amounts</c>).
/// Months are LedgerMonth indexes (year * 12 + month - 1). Keys, never ID numbers.
/// </summary>
/// <param name="BeneficiaryKind"><c>person</c> or <c>household</c>.</param>
/// <param name="ApplicationId">The application whose sub-case granted it; null for a scheduled rule's grant.</param>
/// <param name="PayCondition">What must be on file before it is paid (an attachment kind, e.g. <c>care-agreement</c>); null: nothing.</param>
public sealed record EntitlementRecord(
    string Id,
    string ItemCode,
    string BeneficiaryKind,
    string? PersonKey,
    string HouseholdKey,
    string DivisionCode,
    string GrantedByCaseId,
    string? ApplicationId,
    int StartMonth,
    int? StopMonth,
    bool Restricted,
    string? PayCondition,
    IReadOnlyList<AmountRecord> Amounts);

/// <summary>One amount period: <paramref name="Members"/> are the person keys a household amount was computed for.</summary>
public sealed record AmountRecord(int FromMonth, long MonthlyFen, string Rule, IReadOnlyList<string> Members);
