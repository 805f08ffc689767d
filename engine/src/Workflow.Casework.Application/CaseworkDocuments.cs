namespace Workflow.Casework.Application;

/// <summary>The names of the versioned documents the casework keeps in <c>cw_documents</c>.</summary>
public static class CaseworkDocuments
{
    public const string Organisation = "organisation";
    public const string RoutingRules = "routing-rules";
}
