namespace Workflow.Engine.Ports;

/// <summary>One row of the case list. <paramref name="Status"/> is a <c>WorkflowSubStatus</c> name.</summary>
public sealed record InstanceSummary(
    string InstanceId,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string? DivisionCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
