namespace Workflow.Web.Operations;

/// <summary>
/// <c>Workflow:Operations</c>: <c>{ "SampleInterval": "00:00:15" }</c>, how often the database gauges are read.
/// </summary>
public sealed class OperationsOptions
{
    public const string Section = "Workflow:Operations";

    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
