namespace Workflow.Engine.Ports;

/// <summary>
/// What a task list is filtered by; null matches everything. <paramref name="DivisionCode"/> matches its subtree,
/// <paramref name="DecidedBy"/> the officer who closed a task (已办), <paramref name="Open"/> open (true) or closed
/// (false) tasks.
/// </summary>
public sealed record TaskQuery(
    string? Post = null,
    string? DivisionCode = null,
    string? DepartmentCode = null,
    string? DecidedBy = null,
    bool? Open = null);
