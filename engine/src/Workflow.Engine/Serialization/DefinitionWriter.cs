using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;

namespace Workflow.Engine.Serialization;

/// <summary>
/// Writes Elsa 3 JSON in the current format: <c>$schema</c> first, nested connections, and every field we do not
/// interpret kept as it was read.
/// </summary>
public static class DefinitionWriter
{
    public const string Schema = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep Chinese text readable in exported files
    };

    public static string Write(WorkflowDefinition definition) => Write(definition.Document);

    public static string Write(JsonObject document) => ToNode(document).ToJsonString(Indented);

    public static JsonObject ToNode(JsonObject document)
    {
        var result = new JsonObject { ["$schema"] = Schema };
        foreach (var (key, value) in document)
        {
            if (key != "$schema")
            {
                result[key] = Normalise(value?.DeepClone());
            }
        }
        return result;
    }

    /// <summary>Rewrites every flowchart's connections, at any depth, into the nested form.</summary>
    private static JsonNode? Normalise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (string.Equals(key, "connections", StringComparison.OrdinalIgnoreCase))
                    {
                        var items = Json.Items(o[key]).Select(c => c is JsonObject co ? (JsonNode)Nested(co) : c?.DeepClone()).ToArray();
                        o.Remove(key);
                        o["connections"] = new JsonArray(items);
                    }
                    else
                    {
                        o[key] = Normalise(o[key]?.DeepClone());
                    }
                }
                return o;
            case JsonArray a:
                return new JsonArray(a.Select(x => Normalise(x?.DeepClone())).ToArray());
            default:
                return node;
        }
    }

    private static JsonObject Nested(JsonObject c)
    {
        if (Json.Get(c, "source") is JsonObject source)
        {
            var target = Json.Get(c, "target") as JsonObject;
            var result = new JsonObject
            {
                ["source"] = Endpoint(Json.String(source, "activity"), Json.String(source, "port") ?? "Done"),
                ["target"] = Endpoint(Json.String(target, "activity"), Json.String(target, "port") ?? "In"),
            };
            CopyRest(c, result, "source", "target");
            return result;
        }
        var flat = new JsonObject
        {
            ["source"] = Endpoint(Json.String(c, "source"), Json.String(c, "sourcePort") ?? "Done"),
            ["target"] = Endpoint(Json.String(c, "target"), Json.String(c, "targetPort") ?? "In"),
        };
        CopyRest(c, flat, "source", "target", "sourcePort", "targetPort");
        return flat;
    }

    private static JsonObject Endpoint(string? activity, string port) => new() { ["activity"] = activity, ["port"] = port };

    private static void CopyRest(JsonObject from, JsonObject to, params string[] handled)
    {
        foreach (var (key, value) in from)
        {
            if (!handled.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                to[key] = value?.DeepClone();
            }
        }
    }
}
