namespace Workflow.Engine.Ports;

/// <summary>Timer rows, written with the commands that schedule them. Claiming is exclusive across hosts.</summary>
public interface ITimerStore
{
    /// <summary>
    /// Claims up to <paramref name="max"/> timers due at <paramref name="now"/> for <paramref name="lease"/>: no other host
    /// gets them until the lease runs out. A fired timer's row goes away when its FireTimer command commits.
    /// </summary>
    Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken);
}
