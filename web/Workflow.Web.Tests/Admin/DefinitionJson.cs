using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Admin;

/// <summary>The test definition (<c>test-approval</c> v1) as a mutable document, and small edits the designer makes.</summary>
internal static class DefinitionJson
{
    public static JsonObject TestApproval() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(WorkflowWebFactory.TestDefinitions, "test-approval.v1.json")))!;

    public static JsonObject Activity(JsonObject document, string id) =>
        document["root"]!["activities"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["id"] == id);

    public static JsonObject WithVisitTitle(string title)
    {
        var document = TestApproval();
        Activity(document, "visit")["title"] = new JsonObject
        {
            ["typeName"] = "String",
            ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = title },
        };
        return document;
    }

    /// <summary>The review step without its candidate: the engine's reader reports MissingInput at its path.</summary>
    public static JsonObject WithBrokenReview()
    {
        var document = TestApproval();
        Activity(document, "review").Remove("candidate");
        return document;
    }
}
