using System.Text.Json.Nodes;

namespace Workflow.Engine.Serialization;

/// <summary>Key lookups that accept Elsa's camelCase and PascalCase alike.</summary>
internal static class Json
{
    public static JsonNode? Get(JsonObject? o, string key)
    {
        if (o is null)
        {
            return null;
        }
        if (o.TryGetPropertyValue(key, out var value))
        {
            return value;
        }
        foreach (var (k, v) in o)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }
        return null;
    }

    public static bool Has(JsonObject o, string key) => o.ContainsKey(key) || o.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    public static string? String(JsonObject? o, string key) => Get(o, key) switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    public static bool? Bool(JsonObject? o, string key) => Get(o, key) switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => null,
    };

    /// <summary>Elsa accepts an array, a single object, or a <c>{"$values": [...]}</c> wrapper.</summary>
    public static IReadOnlyList<JsonNode?> Items(JsonNode? node) => node switch
    {
        JsonArray a => a.ToList(),
        JsonObject o when Get(o, "$values") is JsonArray values => values.ToList(),
        JsonObject o => [o],
        _ => [],
    };
}
