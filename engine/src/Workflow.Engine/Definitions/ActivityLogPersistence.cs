namespace Workflow.Engine.Definitions;

/// <summary>An activity's log persistence: its own default plus per-input overrides.</summary>
public sealed record ActivityLogPersistence(LogPersistenceMode Default, IReadOnlyDictionary<string, LogPersistenceMode> Inputs)
{
    public static readonly ActivityLogPersistence Inherit = new(LogPersistenceMode.Inherit, new Dictionary<string, LogPersistenceMode>());

    /// <summary>Resolves one input: input setting, then the activity default, then the workflow, then the host.</summary>
    public bool Includes(string input, LogPersistenceMode workflowMode, LogPersistenceMode hostMode)
    {
        var mode = Inputs.TryGetValue(input, out var m) ? m : LogPersistenceMode.Inherit;
        if (mode == LogPersistenceMode.Inherit) { mode = Default; }
        if (mode == LogPersistenceMode.Inherit) { mode = workflowMode; }
        if (mode == LogPersistenceMode.Inherit) { mode = hostMode; }
        return mode != LogPersistenceMode.Exclude;
    }
}
