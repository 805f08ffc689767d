namespace Workflow.Casework.Benefits;

/// <summary>
/// One audited change of the ledger, with the rule that fired (<see cref="LedgerRules"/>) and who or what caused it (a
/// person, or <c>system</c> for a scheduled rule or an outside event).
/// </summary>
public abstract record LedgerChange(string EntitlementId, string Rule, string ActorId, DateTimeOffset At);

public sealed record EntitlementGranted(Entitlement Entitlement, string Rule, string ActorId, DateTimeOffset At)
    : LedgerChange(Entitlement.Id, Rule, ActorId, At);

public sealed record EntitlementAmountChanged(string EntitlementId, AmountPeriod Period, string Rule, string ActorId, DateTimeOffset At)
    : LedgerChange(EntitlementId, Rule, ActorId, At);

/// <summary>Nothing is paid from <paramref name="StopMonth"/> on.</summary>
public sealed record EntitlementStopped(string EntitlementId, LedgerMonth StopMonth, string Reason, string Rule, string ActorId, DateTimeOffset At)
    : LedgerChange(EntitlementId, Rule, ActorId, At);
