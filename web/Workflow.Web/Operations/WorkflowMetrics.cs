using System.Diagnostics.Metrics;

namespace Workflow.Web.Operations;

/// <summary>
/// The engine's meter (<see cref="MeterName"/>), exported at <c>/metrics</c> in Prometheus format:
/// <list type="bullet">
/// <item><c>workflow_commands_total{command, outcome, rejection}</c>: commands by type and outcome, from any source
/// (HTTP, bus consumers, the timer pump; counted by <see cref="CommandMetricsMiddleware"/>). Every commit attempt counts
/// (<c>committed</c>, <c>conflict</c>, or <c>error</c> when the store threw), and so does a command refused before a
/// commit (<c>rejected</c>, with the rejection type) or answered from an earlier request key (<c>repeat</c>).</item>
/// <item><c>workflow_commit_duration_seconds{command, result}</c>: how long the store took to commit.</item>
/// <item><c>workflow_timer_claim_delay_seconds</c>: how late after its due time each timer was claimed.</item>
/// <item><c>workflow_outbox_lag_seconds</c>, <c>workflow_timer_lag_seconds</c>: the age of the oldest unsent outbox row
/// and of the oldest due, unfired timer (0 when there is none).</item>
/// <item><c>workflow_tasks_open</c>, <c>workflow_tasks_overdue</c>: open tasks, and open tasks past their legal deadline.</item>
/// </list>
/// The gauges show the last <see cref="OperationsSampler"/> reading.
/// </summary>
public sealed class WorkflowMetrics
{
    public const string MeterName = "Workflow.Engine";

    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commitDuration;
    private readonly Histogram<double> _timerClaimDelay;

    public WorkflowMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _commands = meter.CreateCounter<long>("workflow.commands", "{command}", "Commands by type and outcome.");
        _commitDuration = meter.CreateHistogram<double>("workflow.commit.duration", "s", "Time the store took to commit one command.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _timerClaimDelay = meter.CreateHistogram<double>("workflow.timer.claim_delay", "s", "How late after its due time a timer was claimed.");
        meter.CreateObservableGauge("workflow.outbox.lag", () => Snapshot.OutboxLagSeconds, "s", "Age of the oldest unsent outbox row.");
        meter.CreateObservableGauge("workflow.timer.lag", () => Snapshot.TimerLagSeconds, "s", "Age of the oldest due timer that has not fired.");
        meter.CreateObservableGauge("workflow.tasks.open", () => Snapshot.OpenTasks, "{task}", "Open tasks.");
        meter.CreateObservableGauge("workflow.tasks.overdue", () => Snapshot.OverdueTasks, "{task}", "Open tasks past their legal deadline.");
        meter.CreateObservableGauge("workflow.dead_letters", () => Snapshot.DeadLetters, "{item}", "Poison work parked for an administrator (timers, outbox messages).");
    }

    /// <summary>The last sampler reading; replaced whole, so a scrape never sees half of one.</summary>
    public OperationsSnapshot Snapshot { get; set; } = OperationsSnapshot.Empty;

    public void CommandCommitted(string command, bool committed, TimeSpan duration)
    {
        var result = committed ? "committed" : "conflict";
        _commands.Add(1, new("command", command), new("outcome", result), new("rejection", ""));
        _commitDuration.Record(duration.TotalSeconds, new("command", command), new("result", result));
    }

    /// <summary>The store threw (the database is down, a disk is full): the command did not commit.</summary>
    public void CommandFailed(string command, TimeSpan duration)
    {
        _commands.Add(1, new("command", command), new("outcome", "error"), new("rejection", ""));
        _commitDuration.Record(duration.TotalSeconds, new("command", command), new("result", "error"));
    }

    public void CommandRefused(string command, string outcome, string rejection) =>
        _commands.Add(1, new("command", command), new("outcome", outcome), new("rejection", rejection));

    public void TimerClaimed(TimeSpan delay) => _timerClaimDelay.Record(Math.Max(0, delay.TotalSeconds));
}
