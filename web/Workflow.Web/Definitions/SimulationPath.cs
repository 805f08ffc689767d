namespace Workflow.Web.Definitions;

/// <summary>
/// A simulated run of a draft on the real engine in memory: each completed step in order, lines written, where it
/// stopped (the activities still waiting) and incidents. <see cref="Problems"/> is set instead when the draft is invalid.
/// </summary>
public sealed record SimulationPath(
    string Status,
    IReadOnlyList<SimulationStep> Steps,
    IReadOnlyList<string> Lines,
    IReadOnlyList<string> Waiting,
    IReadOnlyList<string> Incidents,
    IReadOnlyList<DefinitionProblem> Problems);
