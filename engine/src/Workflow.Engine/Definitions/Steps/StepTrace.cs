namespace Workflow.Engine.Definitions.Steps;

/// <summary>
/// What a case has run, by node id: the activities it reached (an open task counts) and the outcomes each completed
/// with. The path taken is read from it: a link is taken when its step left by the link's outcome and every activity
/// folded into it ran.
/// </summary>
public sealed class StepTrace
{
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _outcomes = new(StringComparer.Ordinal);

    /// <summary>An activity the case reached, whether or not it completed.</summary>
    public void Reached(string nodeId) => _reached.Add(nodeId);

    /// <summary>An activity completed with <paramref name="outcomes"/>.</summary>
    public void Completed(string nodeId, IEnumerable<string> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        _reached.Add(nodeId);
        if (!_outcomes.TryGetValue(nodeId, out var set))
        {
            _outcomes[nodeId] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.UnionWith(outcomes);
    }

    /// <summary>True when the case reached <paramref name="activity"/> or, for a nested flowchart, anything inside it.</summary>
    public bool Ran(ActivityNode activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_reached.Contains(activity.NodeId))
        {
            return true;
        }
        var prefix = activity.NodeId + ":";
        return activity.Body is not null && _reached.Any(v => v.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="activity"/> completed with <paramref name="port"/> at least once.</summary>
    public bool Left(ActivityNode activity, string port)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // A nested flowchart completes as a whole ("Done"), whatever its inside did.
        return _outcomes.TryGetValue(activity.NodeId, out var set) ? set.Contains(port) : activity.Body is not null && Ran(activity);
    }
}
