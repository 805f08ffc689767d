using Workflow.Engine.Definitions;

namespace Workflow.Engine.Ports;

/// <summary>Published definitions. A running case stays on the version it started with.</summary>
public interface IDefinitionCatalog
{
    /// <summary>The given version, or the latest published one when <paramref name="version"/> is null.</summary>
    WorkflowDefinition? Find(string definitionId, int? version);

    /// <summary>Every published version of every definition: for lists and pages, which only read the catalogue.</summary>
    IReadOnlyList<WorkflowDefinition> All();
}
