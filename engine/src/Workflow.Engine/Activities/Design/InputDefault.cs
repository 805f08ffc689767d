using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.Activities.Design;

/// <summary>
/// One input a new node starts with, in Elsa's input shape: <c>{typeName, expression: {type, value}}</c>. For an
/// <c>Object</c> expression <see cref="Value"/> is the JSON value itself, which the designer writes as JSON text, as
/// Elsa stores it; otherwise it is the text of the expression.
/// </summary>
public sealed record InputDefault(string Input, string TypeName, string ExpressionType, JsonElement Value)
{
    public static InputDefault Literal(string input, string typeName, string value) =>
        new(input, typeName, "Literal", JsonSerializer.SerializeToElement(value));

    public static InputDefault Script(string input, string typeName, string code) =>
        new(input, typeName, "JavaScript", JsonSerializer.SerializeToElement(code));

    public static InputDefault Object(string input, JsonNode value) =>
        new(input, "Object", "Object", JsonSerializer.SerializeToElement(value));
}
