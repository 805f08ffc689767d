namespace Workflow.Engine.Persistence.Rows;

/// <summary>One row of a request key's stored result: the instance, and one event body (null when there were none).</summary>
internal sealed class ResultRecord
{
    public string InstanceId { get; set; } = "";

    public string CommandType { get; set; } = "";

    public string? Body { get; set; }
}
