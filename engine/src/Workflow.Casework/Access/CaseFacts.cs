namespace Workflow.Casework;

/// <summary>
/// What access to one case (or one application with its sub-cases) depends on: where it lies, whether it is a
/// child-protection or orphan case, who accepted and decides it, and its tasks.
/// </summary>
/// <param name="Divisions">The case's divisions: the household's, and for an application every sub-case's.</param>
/// <param name="WindowDivision">The accepting window (受理窗口), when known.</param>
/// <param name="DecidingDivisions">The divisions whose office decides (the deciding level).</param>
public sealed record CaseFacts(
    IReadOnlyList<string> Divisions,
    bool ChildProtection,
    string? WindowDivision,
    IReadOnlyList<string> DecidingDivisions,
    IReadOnlyList<TaskFacts> Tasks);
