namespace Workflow.Engine.Messaging.Configuration;

/// <summary><c>Messaging:Outbox</c>: how the <see cref="Outbox.OutboxRelay"/> polls committed rows.</summary>
public sealed class OutboxRelayOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Time between polls when the outbox is empty; a full batch is followed at once by another.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long claimed rows are hidden from other relays; a crashed relay's rows are sent after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);
}
