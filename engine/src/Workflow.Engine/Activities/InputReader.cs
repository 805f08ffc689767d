using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Expressions;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Activities;

/// <summary>Reads activity inputs that must be known at load (a post, a time limit, branch names) and reports bad ones.</summary>
internal static class InputReader
{
    public static JsonNode? Constant(ActivityNode node, string name, List<DefinitionError> errors, bool required = false)
    {
        if (!node.Inputs.TryGetValue(name, out var expression))
        {
            if (required)
            {
                errors.Add(new DefinitionError($"{node.JsonPath}.{name}", "MissingInput",
                    $"活动 '{node.Id}' ({node.Type}) 缺少必填输入 '{name}'。"));
            }
            return null;
        }
        switch (expression.Type)
        {
            case "Literal":
                return LiteralConverter.Convert(expression.Value, expression.TypeName);
            case "Object" or "Json":
                if (expression.Value is JsonValue v && v.TryGetValue<string>(out var text))
                {
                    try
                    {
                        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
                    }
                    catch (System.Text.Json.JsonException ex)
                    {
                        errors.Add(new DefinitionError(expression.JsonPath, "InvalidObject",
                            $"活动 '{node.Id}' 的输入 '{name}' 不是合法的 JSON: {ex.Message}"));
                        return null;
                    }
                }
                return expression.Value?.DeepClone();
            default:
                errors.Add(new DefinitionError(expression.JsonPath, "ConstantRequired",
                    $"活动 '{node.Id}' 的输入 '{name}' 必须是常量 (Literal 或 Object)，不能是 {expression.Type} 表达式。"));
                return null;
        }
    }

    public static string? String(ActivityNode node, string name, List<DefinitionError> errors, bool required = false)
    {
        var value = Constant(node, name, errors, required);
        return value switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => value.ToJsonString(),
        };
    }

    public static int? Int(ActivityNode node, string name, List<DefinitionError> errors, int min, int max, bool required = false)
    {
        var value = Constant(node, name, errors, required);
        if (value is null)
        {
            return null;
        }
        if (value is JsonValue v && (v.TryGetValue<long>(out var l) || (v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out l)))
            && l >= min && l <= max)
        {
            return (int)l;
        }
        errors.Add(new DefinitionError($"{node.JsonPath}.{name}", "InvalidNumber",
            $"活动 '{node.Id}' 的输入 '{name}' 必须是 {min} 到 {max} 之间的整数，实际为 {value.ToJsonString()}。"));
        return null;
    }

    public static IReadOnlyList<string>? StringList(ActivityNode node, string name, List<DefinitionError> errors)
    {
        var value = Constant(node, name, errors);
        if (value is null)
        {
            return null;
        }
        if (value is JsonArray array && array.All(x => x is JsonValue xv && xv.TryGetValue<string>(out _)))
        {
            return array.Select(x => x!.GetValue<string>()).ToList();
        }
        errors.Add(new DefinitionError($"{node.JsonPath}.{name}", "InvalidList",
            $"活动 '{node.Id}' 的输入 '{name}' 必须是字符串数组。"));
        return null;
    }

    public static TimeSpan? Span(ActivityNode node, string name, List<DefinitionError> errors)
    {
        var text = String(node, name, errors, required: true);
        if (text is null)
        {
            return null;
        }
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }
        errors.Add(new DefinitionError($"{node.JsonPath}.{name}", "InvalidTimeSpan",
            $"活动 '{node.Id}' 的输入 '{name}' 不是合法的时间间隔 (如 00:05:00): '{text}'。"));
        return null;
    }
}
