using System.Globalization;
using System.Text.Json.Nodes;

namespace Workflow.Engine.Expressions;

/// <summary>
/// Converts Elsa literals, which are mostly strings whatever their type, by the input's type alias.
/// Type names are matched by their short name only; a .NET type name is never resolved.
/// </summary>
internal static class LiteralConverter
{
    public static JsonNode? Convert(JsonNode? value, string typeName)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return value?.DeepClone();
        }
        switch (ShortName(typeName))
        {
            case "Boolean":
                return bool.TryParse(text.Trim(), out var b) ? JsonValue.Create(b) : JsonValue.Create(text);
            case "Int32" or "Int64" or "Int16" or "Byte":
                return long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l) : JsonValue.Create(text);
            case "Double" or "Decimal" or "Single":
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(text);
            case "Object" or "JSON" or "ObjectMap" or "StringDictionary" when LooksLikeJson(text):
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (System.Text.Json.JsonException)
                {
                    return JsonValue.Create(text);
                }
            default:
                return JsonValue.Create(text);
        }
    }

    /// <summary>"System.Boolean, System.Private.CoreLib" and "Boolean" both give "Boolean".</summary>
    public static string ShortName(string typeName)
    {
        var name = typeName;
        var comma = name.IndexOf(',');
        if (comma >= 0) { name = name[..comma]; }
        var dot = name.LastIndexOf('.');
        if (dot >= 0) { name = name[(dot + 1)..]; }
        return name.Trim();
    }

    private static bool LooksLikeJson(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith('{') || t.StartsWith('[');
    }
}
