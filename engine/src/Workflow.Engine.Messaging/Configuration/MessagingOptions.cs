namespace Workflow.Engine.Messaging.Configuration;

/// <summary>
/// Bound from the <c>Messaging</c> section and validated at start-up:
/// <code>
/// "Messaging": {
///   "Transport": "RabbitMQ",                        // or "InMemory" (default: one process only)
///   "RabbitMq": { "Host": "amqp://guest:guest@127.0.0.1:5672/" },
///   "EngineQueue": "wf.engine",                     // SubmitDecision, FireTimerRequested
///   "DepartmentRepliesQueue": "wf.department-replies",
///   "FireTimersOverBus": false,                     // true: pumps send FireTimerRequested instead of firing locally
///   "ConsumeCommands": true,                        // false: this host sends, but consumes neither commands nor replies
///   "Outbox": { "Enabled": true, "PollInterval": "00:00:00.500", "BatchSize": 100, "Lease": "00:01:00" },
///   "Retry": { "Limit": 5, "MinInterval": "00:00:00.200", "MaxInterval": "00:00:10" }
/// }
/// </code>
/// </summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary><c>InMemory</c> or <c>RabbitMQ</c> (case-insensitive).</summary>
    public string Transport { get; set; } = MessagingTransports.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    public string EngineQueue { get; set; } = "wf.engine";

    public string DepartmentRepliesQueue { get; set; } = "wf.department-replies";

    public bool FireTimersOverBus { get; set; }

    public bool ConsumeCommands { get; set; } = true;

    public OutboxRelayOptions Outbox { get; set; } = new();

    public RetryOptions Retry { get; set; } = new();

    internal bool UsesRabbitMq => string.Equals(Transport, MessagingTransports.RabbitMq, StringComparison.OrdinalIgnoreCase);
}
