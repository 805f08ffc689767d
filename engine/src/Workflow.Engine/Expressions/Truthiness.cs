using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.Expressions;

/// <summary>How a condition's value reads as true or false, the way JavaScript would read it.</summary>
public static class Truthiness
{
    public static bool IsTrue(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetValue<double>() != 0,
            JsonValueKind.String => IsTrueText(v.GetValue<string>()),
            _ => false,
        },
        _ => true,
    };

    private static bool IsTrueText(string s) =>
        !(s.Length == 0 || s.Equals("false", StringComparison.OrdinalIgnoreCase) || s == "0");
}
