namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// One change of the ledger with its audit entry: the store applies a list of them in one transaction, and a change
/// already made (a grant whose id is taken, an amount at a position already written, a stop no earlier than the one
/// stored) is skipped with its audit entry, so a repeated event or a second host changes nothing.
/// </summary>
public abstract record LedgerWrite(string EntitlementId, CaseworkAuditEntry Audit);

/// <summary>A new entitlement with its first amount periods; inserted only if its id is free.</summary>
public sealed record GrantWrite(EntitlementRecord Entitlement, CaseworkAuditEntry Audit) : LedgerWrite(Entitlement.Id, Audit);

/// <summary>A new amount period at position <paramref name="Seq"/> of the entitlement's history (its count as read).</summary>
public sealed record AmountWrite(string EntitlementId, int Seq, AmountRecord Amount, CaseworkAuditEntry Audit) : LedgerWrite(EntitlementId, Audit);

/// <summary>Nothing paid from <paramref name="StopMonth"/> on; kept when an earlier stop is already stored.</summary>
public sealed record StopWrite(string EntitlementId, int StopMonth, CaseworkAuditEntry Audit) : LedgerWrite(EntitlementId, Audit);
