namespace Workflow.Engine.Ports;

/// <summary>
/// What a task list is filtered by; null matches everything. <paramref name="DivisionCode"/> matches its subtree,
/// <paramref name="DecidedBy"/> the tasks an officer completed (已办; a cancelled task they merely held is not one),
/// <paramref name="Open"/> open (true) or closed (false) tasks. The list is oldest first, or with
/// <paramref name="NewestFirst"/> the most recently closed (else opened) first.
/// </summary>
public sealed record TaskQuery(
    string? Post = null,
    string? DivisionCode = null,
    string? DepartmentCode = null,
    string? DecidedBy = null,
    bool? Open = null,
    bool NewestFirst = false);
