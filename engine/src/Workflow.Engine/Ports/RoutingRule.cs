namespace Workflow.Engine.Ports;

/// <summary>
/// Which levels handle an item, in order, and which level decides. Levels after the deciding one are skipped.
/// <paramref name="TimeLimits"/> overrides a level's time limit in working days.
/// </summary>
public sealed record RoutingRule(
    string Source,
    IReadOnlyList<string> Levels,
    string DecidingLevel,
    IReadOnlyDictionary<string, int>? TimeLimits = null);
