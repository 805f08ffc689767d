using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Benefits;

/// <summary>
/// What a ledger operation decided: the entitlement as it now stands and the changes to store with it (none when the
/// operation was already done: a repeated event changes nothing), or a rejection and no change.
/// </summary>
public sealed record LedgerOutcome(Entitlement? Entitlement, IReadOnlyList<LedgerChange> Changes, Rejection? Rejection)
{
    public static LedgerOutcome Unchanged(Entitlement entitlement) => new(entitlement, [], null);

    public static LedgerOutcome Changed(Entitlement entitlement, LedgerChange change) => new(entitlement, [change], null);

    public static LedgerOutcome Refused(Rejection rejection) => new(null, [], rejection);
}
