namespace Workflow.Web.Definitions;

/// <summary>One completed activity of a simulated run and the outcomes it took.</summary>
public sealed record SimulationStep(string ActivityId, string Type, string? Name, IReadOnlyList<string> Outcomes);
