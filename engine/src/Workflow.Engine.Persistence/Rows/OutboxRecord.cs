using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Rows;

/// <summary>A claimed wf_outbox row.</summary>
internal sealed class OutboxRecord
{
    public long Id { get; set; }

    public string MessageId { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string MessageType { get; set; } = "";

    public string? Destination { get; set; }

    public string Body { get; set; } = "";

    public object CreatedAt { get; set; } = 0L;

    public OutboxMessage ToMessage(SqlDialect dialect) =>
        new(MessageId, InstanceId, MessageType, Destination, Body, dialect.FromDbTime(CreatedAt)) { Id = Id };
}
