namespace Workflow.Engine.Definitions.Steps;

/// <summary>
/// A business step of a flowchart as people read it: an approval, a public notice, a wait, a nested flowchart, the
/// start or an end. <see cref="Rank"/> is its distance from the start (unreached steps come last), the order of the
/// plain list shown without a drawing.
/// </summary>
/// <param name="Activity">The activity drawn; its <see cref="ActivityNode.NodeId"/> is what a case's events name.</param>
/// <param name="Name">The activity's Chinese name.</param>
/// <param name="Kind">The Chinese name of its type (审批任务, 公示, 办结…).</param>
public sealed record Step(ActivityNode Activity, string Name, string Kind, int Rank)
{
    /// <summary>The activity id within its flowchart.</summary>
    public string Id => Activity.Id;

    /// <summary>True when the step runs a flowchart of its own, which a designer can open.</summary>
    public bool HasBody => Activity.Body is { Activities.Count: > 0 };
}
