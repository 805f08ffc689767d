using System.Text.Json.Nodes;

namespace Workflow.Definitions.Tests.Support;

/// <summary>Walks a definition document as plain JSON, independently of the engine's reader.</summary>
internal static class DefinitionJson
{
    /// <summary>Every activity object of every flowchart, nested ones included.</summary>
    public static IEnumerable<JsonObject> Activities(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["activities"] is JsonArray activities)
                {
                    foreach (var activity in activities.OfType<JsonObject>())
                    {
                        yield return activity;
                    }
                }
                foreach (var (_, child) in o)
                {
                    foreach (var nested in Activities(child))
                    {
                        yield return nested;
                    }
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    foreach (var nested in Activities(item))
                    {
                        yield return nested;
                    }
                }
                break;
        }
    }

    /// <summary>
    /// Every expression object (<c>{"type", "value"}</c>) wherever it sits: input expressions, and also the conditions
    /// of <c>Elsa.FlowSwitch</c> cases, which are not activity inputs.
    /// </summary>
    public static IEnumerable<(string Path, string Type, string? Code)> Expressions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (key is "expression" or "condition" && child is JsonObject e && e["type"] is JsonValue type)
                    {
                        var value = e["value"] as JsonValue;
                        yield return (child.GetPath(), type.GetValue<string>(), value is not null && value.TryGetValue<string>(out var s) ? s : null);
                    }
                    foreach (var nested in Expressions(child))
                    {
                        yield return nested;
                    }
                }
                break;
            case JsonArray a:
                foreach (var nested in a.SelectMany(Expressions))
                {
                    yield return nested;
                }
                break;
        }
    }

    /// <summary>The designer position of an activity, or null when it has none.</summary>
    public static (double X, double Y)? Position(JsonObject activity) =>
        activity["metadata"]?["designer"]?["position"] is JsonObject p
        && p["x"] is JsonValue x && x.TryGetValue<double>(out var px)
        && p["y"] is JsonValue y && y.TryGetValue<double>(out var py)
            ? (px, py)
            : null;
}
