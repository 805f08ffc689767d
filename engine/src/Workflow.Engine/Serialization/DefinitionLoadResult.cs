using Workflow.Engine.Definitions;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Serialization;

/// <summary>
/// The outcome of reading a definition file. <see cref="Definition"/> is present whenever the JSON had the right
/// shape, even with validation errors, so a designer can show the errors on the nodes.
/// </summary>
public sealed record DefinitionLoadResult(WorkflowDefinition? Definition, IReadOnlyList<DefinitionError> Errors)
{
    public bool IsValid => Definition is not null && Errors.All(e => e.Severity != ErrorSeverity.Error);
}
