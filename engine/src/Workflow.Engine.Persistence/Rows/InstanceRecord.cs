using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Rows;

/// <summary>A wf_instances row for the case list.</summary>
internal sealed class InstanceRecord
{
    public string InstanceId { get; set; } = "";

    public string DefinitionId { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public string Status { get; set; } = "";

    public string? DivisionCode { get; set; }

    public object CreatedAt { get; set; } = 0L;

    public object UpdatedAt { get; set; } = 0L;

    public InstanceSummary ToSummary(SqlDialect dialect) =>
        new(InstanceId, DefinitionId, DefinitionVersion, Status, DivisionCode, dialect.FromDbTime(CreatedAt), dialect.FromDbTime(UpdatedAt));
}
