namespace Workflow.Web.Operations;

/// <summary>One reading of the gauges that need the database.</summary>
public sealed record OperationsSnapshot(double OutboxLagSeconds, double TimerLagSeconds, long OpenTasks, long OverdueTasks, long DeadLetters = 0)
{
    public static readonly OperationsSnapshot Empty = new(0, 0, 0, 0);
}
