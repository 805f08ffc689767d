namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// One payment under an approval: <paramref name="Kind"/> is <c>advance</c> (先行救助), <c>stage</c> (分阶段救助) or
/// <c>exception</c> (一事一议, above the cap). Amounts are in fen so sums are exact.
/// </summary>
public sealed record PaymentRecord(
    string Id,
    string ApplicationId,
    string ItemCode,
    string HouseholdKey,
    int Year,
    long AmountFen,
    string Kind,
    string Note,
    string PaidBy,
    DateTimeOffset PaidAt);
