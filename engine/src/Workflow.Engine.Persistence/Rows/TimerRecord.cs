namespace Workflow.Engine.Persistence.Rows;

/// <summary>A claimed wf_timers row.</summary>
internal sealed class TimerRecord
{
    public string InstanceId { get; set; } = "";

    public string TimerId { get; set; } = "";

    public object DueAt { get; set; } = 0L;
}
