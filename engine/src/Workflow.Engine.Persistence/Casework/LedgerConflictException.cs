namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Thrown (and the whole ledger transaction rolled back) when an amount change lands on a position of an entitlement's
/// history that another writer filled with a different change meanwhile: the change was decided from a stale read, so
/// the caller reads again, decides again and retries (<see cref="LedgerStore.ApplyAsync"/>).
/// </summary>
public sealed class LedgerConflictException : Exception
{
    public LedgerConflictException()
    {
    }

    public LedgerConflictException(string message)
        : base(message)
    {
    }

    public LedgerConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
