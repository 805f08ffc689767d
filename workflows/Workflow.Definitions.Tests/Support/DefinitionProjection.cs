using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;

namespace Workflow.Definitions.Tests.Support;

/// <summary>
/// What the engine makes of a definition, as canonical JSON text: every activity with its type, ports, merge mode and
/// inputs, every flowchart with its start node and connections, and the variables. JSON paths are left out, so two
/// readings of the same graph compare equal even if the file was reformatted.
/// </summary>
internal static class DefinitionProjection
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(WorkflowDefinition d)
    {
        var nodes = d.NodesById.Values.OrderBy(n => n.NodeId, StringComparer.Ordinal).ToList();
        var projection = new JsonObject
        {
            ["id"] = d.Id,
            ["definitionId"] = d.DefinitionId,
            ["name"] = d.Name,
            ["version"] = d.Version,
            ["variables"] = new JsonArray([.. d.Variables.Select(v => (JsonNode)new JsonObject
            {
                ["id"] = v.Id,
                ["name"] = v.Name,
                ["typeName"] = v.TypeName,
                ["initialValue"] = v.InitialValue?.DeepClone(),
            })]),
            ["activities"] = new JsonArray([.. nodes.Select(Activity)]),
            ["flowcharts"] = new JsonArray([.. nodes.Where(n => n.Body is not null).Select(n => Flowchart(n.Body!))]),
        };
        return projection.ToJsonString(Indented);
    }

    private static JsonNode Activity(ActivityNode n)
    {
        var inputs = new JsonObject();
        foreach (var (name, e) in n.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            inputs[name] = new JsonObject { ["type"] = e.Type, ["typeName"] = e.TypeName, ["value"] = e.Value?.DeepClone() };
        }
        return new JsonObject
        {
            ["nodeId"] = n.NodeId,
            ["type"] = n.Type,
            ["name"] = n.Name,
            ["known"] = n.Descriptor is not null,
            ["ports"] = new JsonArray([.. (n.Descriptor?.Ports(n) ?? []).Select(p => (JsonNode)p)]),
            ["mergeMode"] = n.MergeMode.ToString(),
            ["canStartWorkflow"] = n.CanStartWorkflow,
            ["inputs"] = inputs,
        };
    }

    private static JsonNode Flowchart(Flowchart f) => new JsonObject
    {
        ["owner"] = f.Owner.NodeId,
        ["start"] = f.Start?.NodeId,
        ["connections"] = new JsonArray([.. f.Connections.Select(c => (JsonNode)$"{c.SourceId}:{c.SourcePort} -> {c.TargetId}:{c.TargetPort}")]),
    };
}
