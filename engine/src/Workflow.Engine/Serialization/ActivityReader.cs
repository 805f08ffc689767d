using System.Text.Json.Nodes;
using Workflow.Engine.Activities;
using Workflow.Engine.Definitions;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Serialization;

/// <summary>
/// Reads one activity for <see cref="DefinitionReader"/>: type lookup in the closed table, inputs, flags from both
/// places Elsa puts them, nested bodies.
/// </summary>
internal static class ActivityReader
{
    /// <summary>Properties of an activity object that are structure, not inputs.</summary>
    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "body", "activities", "connections",
        "variables", "start", "cases", "variable", "source", "line", "applicationProperties", "canStartWorkflow",
        "runAsynchronously", "result", "output", "$type",
    };

    public static ActivityNode? ReadActivity(JsonObject json, string path, ActivityNode? parentNode, DefinitionReadContext context)
    {
        var errors = context.Errors;
        var id = Json.String(json, "id");
        var type = Json.String(json, "type");
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new DefinitionError($"{path}.id", "MissingId", "活动缺少 id。"));
            return null;
        }
        if (string.IsNullOrWhiteSpace(type))
        {
            errors.Add(new DefinitionError($"{path}.type", "MissingType", $"活动 '{id}' 缺少类型 type。"));
            return null;
        }
        var descriptor = ActivityTypes.Find(type);
        if (descriptor is null)
        {
            errors.Add(new DefinitionError($"{path}.type", "UnknownActivityType", $"活动 '{id}' 的类型 '{type}' 不受支持。"));
        }
        var custom = Json.Get(json, "customProperties") as JsonObject;
        var node = new ActivityNode
        {
            Id = id,
            NodeId = parentNode is null ? id : $"{parentNode.NodeId}:{id}",
            Type = type,
            Name = Json.String(json, "name"),
            JsonPath = path,
            Json = json,
            Descriptor = descriptor,
            CanStartWorkflow = Json.Bool(custom, "canStartWorkflow") ?? Json.Bool(json, "canStartWorkflow") ?? false,
            MergeMode = ReadMergeMode(custom, path, id, errors),
            LogPersistence = ReadLogPersistence(custom) ?? ActivityLogPersistence.Inherit,
            Inputs = ReadInputs(json, path),
        };
        if (!context.Nodes.TryAdd(node.NodeId, node))
        {
            errors.Add(new DefinitionError($"{path}.id", "DuplicateId", $"活动 id '{id}' 在同一流程图中重复。"));
        }
        if (type == ActivityTypes.Flowchart)
        {
            node.Body = FlowchartReader.ReadFlowchart(node, json, context);
        }
        else if (Json.Get(json, "body") is JsonObject body)
        {
            var bodyNode = ReadActivity(body, $"{path}.body", node, context);
            node.Body = bodyNode?.Body ?? (bodyNode is null ? FlowchartReader.EmptyFlowchart(node) : FlowchartReader.SingleActivity(node, bodyNode));
        }
        else if (descriptor?.IsContainer == true)
        {
            errors.Add(new DefinitionError($"{path}.body", "MissingBody", $"容器活动 '{id}' 缺少 body。"));
            node.Body = FlowchartReader.EmptyFlowchart(node);
        }
        descriptor?.Compile?.Invoke(node, errors);
        return node;
    }

    private static Dictionary<string, Expression> ReadInputs(JsonObject json, string path)
    {
        var inputs = new Dictionary<string, Expression>(StringComparer.Ordinal);
        foreach (var (key, value) in json)
        {
            if (Structural.Contains(key) || value is null)
            {
                continue;
            }
            var name = char.ToLowerInvariant(key[0]) + key[1..];
            if (ReadExpression(value, null, $"{path}.{key}") is { } expression)
            {
                inputs[name] = expression;
            }
        }
        return inputs;
    }

    /// <summary>
    /// An input is <c>{typeName, expression: {type, value}}</c>; a bare expression <c>{type, value}</c> and a bare
    /// primitive (a literal) are accepted too. Anything else is not an input.
    /// </summary>
    public static Expression? ReadExpression(JsonNode? node, string? defaultTypeName, string path)
    {
        switch (node)
        {
            case JsonValue primitive:
                return new Expression("Literal", primitive.DeepClone(), defaultTypeName ?? "Object", path);
            case JsonObject o when Json.Get(o, "expression") is JsonObject e:
                return new Expression(Json.String(e, "type") ?? "Literal", Json.Get(e, "value")?.DeepClone(),
                    Json.String(o, "typeName") ?? defaultTypeName ?? "Object", $"{path}.expression");
            case JsonObject o when Json.Has(o, "expression"):
                return null; // "expression": null means not set
            case JsonObject o when Json.String(o, "type") is { } type && Json.Has(o, "value") && defaultTypeName is not null:
                return new Expression(type, Json.Get(o, "value")?.DeepClone(), defaultTypeName, path);
            default:
                return null;
        }
    }

    private static MergeMode ReadMergeMode(JsonObject? custom, string path, string id, List<DefinitionError> errors)
    {
        var text = Json.String(custom, "mergeMode");
        switch (text)
        {
            case null or "" or "None" or "Stream" or "Cascade":
                return MergeMode.Stream;
            case "Merge":
                return MergeMode.Merge;
            case "Converge":
                return MergeMode.Converge;
            case "Race":
                return MergeMode.Race;
            default:
                errors.Add(new DefinitionError($"{path}.customProperties.mergeMode", "InvalidMergeMode",
                    $"活动 '{id}' 的汇聚方式 '{text}' 无效，应为 Stream、Merge、Converge、Race 或 None。"));
                return MergeMode.Stream;
        }
    }

    public static ActivityLogPersistence? ReadLogPersistence(JsonObject? custom)
    {
        if (Json.Get(custom, "logPersistenceMode") is not JsonObject mode)
        {
            return null;
        }
        var inputs = new Dictionary<string, LogPersistenceMode>(StringComparer.OrdinalIgnoreCase);
        if (Json.Get(mode, "inputs") is JsonObject perInput)
        {
            foreach (var (name, value) in perInput)
            {
                inputs[name] = ParseMode(value?.ToString());
            }
        }
        return new ActivityLogPersistence(ParseMode(Json.String(mode, "default")), inputs);
    }

    private static LogPersistenceMode ParseMode(string? text) => text switch
    {
        "Include" => LogPersistenceMode.Include,
        "Exclude" => LogPersistenceMode.Exclude,
        _ => LogPersistenceMode.Inherit,
    };
}
