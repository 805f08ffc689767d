namespace Workflow.Engine.Persistence.DefinitionDocuments;

/// <summary>
/// One stored definition document: the draft (<see cref="Version"/> 0, <see cref="DefinitionStates.Draft"/>) or a
/// version published from the administrator's pages. <see cref="Json"/> is Elsa 3 workflow-definition JSON.
/// </summary>
public sealed record DefinitionDocument(string DefinitionId, int Version, string State, string Json, string SavedBy, DateTimeOffset SavedAt)
{
    public bool IsDraft => State == DefinitionStates.Draft;
}
