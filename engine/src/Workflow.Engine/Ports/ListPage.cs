namespace Workflow.Engine.Ports;

/// <summary>One page of a list and how many rows the whole list holds (both counted in the same scope and filter).</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int Total);
