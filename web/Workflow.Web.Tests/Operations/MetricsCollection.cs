namespace Workflow.Web.Tests.Operations;

/// <summary>
/// Runs alone, after the parallel tests. OpenTelemetry joins instruments by meter and instrument name across every host
/// in the process, so when another test's host shuts down mid-scrape, its disposed meter takes the shared metric streams
/// with it and the scrape comes back empty. One host per process, as in production, never meets this.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}
