namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Dapper store of the benefits ledger: entitlements with their amount history and the people the system knows. Every
/// change commits with its casework audit entry (naming the rule that fired) in one transaction, on the same audit
/// chain as the rest of casework. Keys, never ID numbers.
/// </summary>
public sealed class LedgerStore
{
    private readonly LedgerRows _rows;

    public LedgerStore(WorkflowDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _rows = new LedgerRows(new CaseworkTransactions(database));
    }

    /// <summary>
    /// Applies the changes in one transaction, each with its audit entry (and, for a death, marks the person died); a
    /// change already made is skipped with its entry. Returns how many changes were made: 0 for a repeated event.
    /// Throws <see cref="LedgerConflictException"/>, having written nothing, when an amount change finds its position
    /// taken by a different change (decided meanwhile by another host): read again, decide again, apply again.
    /// </summary>
    /// <param name="diedAudit">The audit entry of recording the death on the person, written when it changes the person.</param>
    public Task<int> ApplyAsync(IReadOnlyList<LedgerWrite> writes, (string PersonKey, DateOnly Died)? died = null, CaseworkAuditEntry? diedAudit = null,
        CancellationToken cancellationToken = default) =>
        _rows.ApplyAsync(writes, died, diedAudit, cancellationToken);

    public Task<EntitlementRecord?> GetAsync(string id, CancellationToken cancellationToken = default) => _rows.GetAsync(id, cancellationToken);

    /// <summary>The entitlements a case's approval granted.</summary>
    public Task<IReadOnlyList<EntitlementRecord>> ByCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
        _rows.ByCaseAsync(caseId, cancellationToken);

    public Task<IReadOnlyList<EntitlementRecord>> ByHouseholdAsync(string householdKey, CancellationToken cancellationToken = default) =>
        _rows.ByHouseholdAsync(householdKey, cancellationToken);

    /// <summary>A person's own entitlements, their household's, and any household entitlement that counts them.</summary>
    public Task<IReadOnlyList<EntitlementRecord>> ConcerningAsync(string personKey, string householdKey, CancellationToken cancellationToken = default) =>
        _rows.ConcerningAsync(personKey, householdKey, cancellationToken);

    /// <summary>
    /// A page (by id) of everyone on <paramref name="itemCode"/> under a division, within <paramref name="scope"/>, not
    /// stopped by <paramref name="month"/> (a LedgerMonth index; the payroll's stop rule): a stopped entitlement is not
    /// listed, one granted to start later is.
    /// </summary>
    public Task<IReadOnlyList<EntitlementRecord>> ItemInDivisionAsync(string itemCode, string divisionPrefix, int month, LedgerScope scope, int offset,
        int limit, CancellationToken cancellationToken = default) =>
        _rows.ItemInDivisionAsync(itemCode, divisionPrefix, month, scope, offset, limit, cancellationToken);

    /// <summary>The entitlements under a division, within <paramref name="scope"/>, that pay in <paramref name="month"/> (a LedgerMonth index).</summary>
    public Task<IReadOnlyList<EntitlementRecord>> PayrollAsync(string divisionPrefix, int month, LedgerScope scope,
        CancellationToken cancellationToken = default) =>
        _rows.PayrollAsync(divisionPrefix, month, scope, cancellationToken);

    /// <summary>
    /// Records a known person: <paramref name="overwrite"/> (population data) replaces what is stored except the day
    /// first known and a recorded death (a record without one never brings a person back); otherwise (met at the window)
    /// only a person not yet known is added. <paramref name="audit"/> is written with it, in the same transaction, when
    /// a row changed (a person already known from the window is no change).
    /// </summary>
    public Task RecordPersonAsync(KnownPersonRecord person, bool overwrite, CaseworkAuditEntry? audit = null, CancellationToken cancellationToken = default) =>
        _rows.RecordPersonAsync(person, overwrite, audit, cancellationToken);

    public Task<KnownPersonRecord?> GetPersonAsync(string personKey, CancellationToken cancellationToken = default) =>
        _rows.GetPersonAsync(personKey, cancellationToken);

    /// <summary>Up to <paramref name="limit"/> living people born on or before <paramref name="day"/>, by key after <paramref name="after"/>.</summary>
    public Task<IReadOnlyList<KnownPersonRecord>> PeopleBornByAsync(DateOnly day, string after, int limit, CancellationToken cancellationToken = default) =>
        _rows.PeopleBornByAsync(day, after, limit, cancellationToken);
}
