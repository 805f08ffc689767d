namespace Workflow.Casework;

/// <summary>
/// One task as access sees it: the office it is addressed to (a post's division or a department in a division),
/// whether it is open, who may act on it now (<paramref name="Handlers"/>: holder, else candidates), and everyone the
/// task names (<paramref name="People"/>: handlers, signers, copies, the delegator, whoever decided it).
/// </summary>
public sealed record TaskFacts(string? DivisionCode, string? DepartmentCode, bool Open, IReadOnlyList<string> Handlers, IReadOnlyList<string> People);
