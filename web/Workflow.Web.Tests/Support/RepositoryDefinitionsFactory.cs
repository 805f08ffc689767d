namespace Workflow.Web.Tests.Support;

/// <summary>The host as the product command starts it: definitions found above the content root, demo data on.</summary>
public sealed class RepositoryDefinitionsFactory : WorkflowWebFactory
{
    public RepositoryDefinitionsFactory()
    {
    }

    private RepositoryDefinitionsFactory(string folder)
        : base(folder, ownsFolder: false)
    {
    }

    /// <summary>A host on an existing database folder, as a restart would find it. (A class fixture has one public constructor.)</summary>
    public static RepositoryDefinitionsFactory On(string folder) => new(folder);

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Workflow:DefinitionsPath"] = "",
        ["Workflow:DemoData"] = "true",
    };
}
