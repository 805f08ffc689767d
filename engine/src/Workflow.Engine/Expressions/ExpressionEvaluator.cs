using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;

namespace Workflow.Engine.Expressions;

/// <summary>Evaluates input expressions. The set of languages is closed; see <see cref="Supported"/>.</summary>
public sealed class ExpressionEvaluator(JavaScriptSandbox javaScript)
{
    /// <summary>Expression languages we run. Others (C#, Python, Liquid) are kept on import but fail validation.</summary>
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "Literal", "Object", "Json", "Variable", "JavaScript",
    };

    public JavaScriptSandbox JavaScript => javaScript;

    public JsonNode? Evaluate(Expression expression, IEvaluationScope scope)
    {
        switch (expression.Type)
        {
            case "Literal":
                return LiteralConverter.Convert(expression.Value, expression.TypeName);
            case "Object" or "Json":
                return ParseObject(expression);
            case "Variable":
                return ReadVariable(expression, scope);
            case "JavaScript":
                var code = expression.Text;
                return string.IsNullOrWhiteSpace(code) ? null : javaScript.Evaluate(code, scope);
            default:
                throw new ExpressionFailedException("UnsupportedExpression", $"不支持的表达式类型 '{expression.Type}'。");
        }
    }

    private static JsonNode? ParseObject(Expression expression)
    {
        if (expression.Value is JsonValue v && v.TryGetValue<string>(out var text))
        {
            try
            {
                return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
            }
            catch (JsonException ex)
            {
                throw new ExpressionFailedException("ObjectSyntax", $"对象表达式不是合法的 JSON: {ex.Message}", ex);
            }
        }
        return expression.Value?.DeepClone();
    }

    private static JsonNode? ReadVariable(Expression expression, IEvaluationScope scope)
    {
        // Elsa writes a variable reference as its name, or as an object {id, name}.
        var name = expression.Value switch
        {
            JsonObject o => (o["name"] ?? o["id"])?.GetValue<string>(),
            _ => expression.Text,
        };
        if (name is null)
        {
            return null;
        }
        return scope.TryGetVariable(name, out var value) ? value?.DeepClone() : null;
    }
}
