using System.Text.Json.Nodes;

namespace Workflow.Engine.Simulation;

/// <summary>
/// How to run a definition with no database. <see cref="Decisions"/> maps an activity (id, name or node id) to the
/// outcome its tasks take. <see cref="UntilEnd"/> resumes every open bookmark, repeatedly, as Elsa's own test helper
/// does: timers and events at once, tasks with their decision or else their first outcome.
/// </summary>
public sealed record SimulationOptions
{
    public JsonObject? Input { get; init; }

    public IReadOnlyDictionary<string, string> Decisions { get; init; } = new Dictionary<string, string>();

    public bool UntilEnd { get; init; }

    /// <summary>A guard against definitions that loop forever under the chosen decisions.</summary>
    public int MaxRounds { get; init; } = 200;

    public TimeProvider? Time { get; init; }
}
