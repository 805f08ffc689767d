namespace Workflow.Web.Tests.Support;

/// <summary>The host as the product command starts it: definitions found above the content root, demo data on.</summary>
public sealed class RepositoryDefinitionsFactory : WorkflowWebFactory
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Workflow:DefinitionsPath"] = "",
        ["Workflow:DemoData"] = "true",
    };
}
