using System.Text.Json.Nodes;

namespace Workflow.Engine.Definitions;

/// <summary>An input's expression: the language (<c>Literal</c>, <c>Object</c>, <c>Variable</c>, <c>JavaScript</c> …) and its raw value.</summary>
public sealed record Expression(string Type, JsonNode? Value, string TypeName, string JsonPath)
{
    /// <summary>The value as text, the way Elsa stores most literals.</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Value.ToJsonString(),
    };
}
