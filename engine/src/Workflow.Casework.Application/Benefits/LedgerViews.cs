namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// One ledger entry as the pages and the API show it: no ID number and no person key, the case it came from, the
/// amount in force in the month asked about (<paramref name="MonthlyYuan"/>, 0 when it does not pay then), the
/// current standard (<paramref name="StandardYuan"/>, 月标准) and the rule of its latest change.
/// </summary>
/// <param name="Beneficiary"><c>本人</c> or <c>家庭</c> (with <paramref name="Members"/> counted).</param>
/// <param name="HeldReason">Why the payroll holds it back (e.g. 待签订委托照料服务协议); null when it is paid.</param>
public sealed record LedgerEntryView(
    string Id,
    string ItemCode,
    string ItemName,
    string Beneficiary,
    int Members,
    string DivisionCode,
    decimal MonthlyYuan,
    decimal StandardYuan,
    string StartMonth,
    string? StopMonth,
    string Rule,
    string RuleText,
    string CaseId,
    bool Restricted,
    string? HeldReason = null);

/// <summary>What a person or household receives in <paramref name="Month"/>: every visible entry, and the month's total.</summary>
public sealed record LedgerView(string Month, IReadOnlyList<LedgerEntryView> Entries, decimal TotalYuan);

/// <summary>A page of everyone on an item in a division.</summary>
public sealed record LedgerPage(string ItemCode, string ItemName, string DivisionCode, int Page, int PageSize, IReadOnlyList<LedgerEntryView> Entries);

/// <summary>
/// The month's payroll for a division, computed from the ledger: each entitlement paying that month at the amount in
/// force then; those held back (a gate not met) are listed apart with the reason and not counted.
/// </summary>
public sealed record PayrollView(string DivisionCode, string Month, IReadOnlyList<LedgerEntryView> Lines, IReadOnlyList<LedgerEntryView> Held,
    decimal TotalYuan);
