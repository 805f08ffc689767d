namespace Workflow.Engine.Persistence.DefinitionDocuments;

/// <summary>The states a stored definition document can be in.</summary>
public static class DefinitionStates
{
    public const string Draft = "draft";
    public const string Published = "published";

    /// <summary>A draft is stored under this version number: published versions start at 1.</summary>
    public const int DraftVersion = 0;
}
