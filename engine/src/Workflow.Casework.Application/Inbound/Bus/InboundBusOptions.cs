namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// <c>"Workflow": { "Inbound": { "Bus": { "QueuePrefix": "wf.inbound." } } }</c>: the inbound queues are
/// <c>{prefix}{kind}</c> and <c>{prefix}ticket-closing</c>. Change it only to keep two deployments (or test runs) on one
/// RabbitMQ virtual host apart.
/// </summary>
public sealed class InboundBusOptions
{
    public const string Section = "Workflow:Inbound:Bus";

    public string QueuePrefix { get; set; } = "wf.inbound.";
}
