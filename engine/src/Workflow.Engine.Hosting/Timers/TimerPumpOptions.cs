namespace Workflow.Engine.Hosting.Timers;

/// <summary>
/// How the <see cref="TimerPump"/> polls timer rows, bound from <c>Workflow:Timers</c>:
/// <code>
/// "Workflow": { "Timers": { "Enabled": true, "Interval": "00:00:01", "BatchSize": 100, "Lease": "00:01:00" } }
/// </code>
/// </summary>
public sealed class TimerPumpOptions
{
    public const string Section = "Workflow:Timers";

    /// <summary>False stops this host from firing timers (another host does it).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between polls. A timer fires at most this late, plus the time its command takes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows claimed per round trip; a full batch is followed at once by another.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a claimed row is hidden from other hosts. If this host dies mid-batch, another fires the rows
    /// after the lease, so it must outlast a batch's commands.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
}
