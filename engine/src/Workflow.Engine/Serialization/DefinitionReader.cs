using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Serialization;

/// <summary>
/// Reads Elsa 3 workflow-definition JSON into the executable model. It never throws on bad input: every problem
/// becomes a <see cref="DefinitionError"/> with a JSON path. Nothing in a file can name a CLR type or load code.
/// </summary>
public static class DefinitionReader
{
    /// <summary>Files above this size are refused before parsing.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>Nesting deeper than this is refused by the parser itself, so a hostile file cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    public const int MaxActivities = 5000;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static DefinitionLoadResult Read(byte[] utf8)
    {
        if (utf8.Length > MaxFileBytes)
        {
            return Fail("$", "FileTooLarge",
                $"文件大小 {utf8.Length / 1024.0 / 1024.0:0.0} MB 超过上限 {MaxFileBytes / 1024 / 1024} MB (file too large).");
        }
        var span = utf8.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(span, documentOptions: ParseOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第 {line + 1} 行第 {(ex.BytePositionInLine ?? 0) + 1} 列" : "未知位置";
            var reason = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"嵌套层数超过上限 {MaxDepth} (nesting too deep)"
                : "不是合法的 JSON (malformed JSON)";
            return Fail("$", "InvalidJson", $"{where}: {reason}。");
        }
        if (node is not JsonObject document)
        {
            return Fail("$", "NotAnObject", "工作流定义必须是一个 JSON 对象 (expected a JSON object).");
        }
        return Read(document);
    }

    public static DefinitionLoadResult Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static DefinitionLoadResult Read(JsonObject document)
    {
        var errors = new List<DefinitionError>();
        var context = new DefinitionReadContext(errors);
        if (Json.Get(document, "root") is not JsonObject rootJson)
        {
            errors.Add(new DefinitionError("$.root", "MissingRoot", "缺少根活动 root (应为 Elsa.Flowchart)。"));
            return new DefinitionLoadResult(null, errors);
        }
        var root = ActivityReader.ReadActivity(rootJson, "$.root", null, context);
        if (root is null)
        {
            return new DefinitionLoadResult(null, errors);
        }
        if (root.Type != Activities.ActivityTypes.Flowchart)
        {
            errors.Add(new DefinitionError("$.root.type", "RootNotFlowchart", $"根活动必须是 Elsa.Flowchart，实际为 '{root.Type}'。"));
        }
        root.Body ??= FlowchartReader.EmptyFlowchart(root);

        var variables = ReadVariables(Json.Get(document, "variables"), "$.variables", errors);
        variables.AddRange(ReadVariables(Json.Get(rootJson, "variables"), "$.root.variables", errors));
        var definition = new WorkflowDefinition
        {
            Id = Json.String(document, "id") ?? Json.String(document, "definitionId") ?? "",
            DefinitionId = Json.String(document, "definitionId") ?? Json.String(document, "id") ?? "",
            Name = Json.String(document, "name"),
            Version = Json.Get(document, "version") is JsonValue v && v.TryGetValue<int>(out var version) ? version : 1,
            Variables = variables,
            Root = root,
            Document = document,
            LogPersistence = ActivityReader.ReadLogPersistence(Json.Get(document, "customProperties") as JsonObject)?.Default ?? LogPersistenceMode.Inherit,
            CaseTimeLimit = ReadCaseTimeLimit(Json.Get(document, "customProperties") as JsonObject, errors),
            NodesById = context.Nodes,
        };
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
        {
            errors.Add(new DefinitionError("$.definitionId", "MissingDefinitionId", "缺少流程标识 definitionId。", ErrorSeverity.Warning));
        }
        DefinitionValidator.Validate(definition, errors);
        return new DefinitionLoadResult(definition, errors);
    }

    private static int? ReadCaseTimeLimit(JsonObject? custom, List<DefinitionError> errors)
    {
        switch (Json.Get(custom, "caseTimeLimit"))
        {
            case null:
                return null;
            case JsonValue v when (v.TryGetValue<int>(out var days) || (v.TryGetValue<string>(out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out days)))
                && days is >= 1 and <= 365:
                return days;
            default:
                errors.Add(new DefinitionError("$.customProperties.caseTimeLimit", "InvalidNumber", "办结时限 caseTimeLimit 必须是 1 到 365 之间的工作日数。"));
                return null;
        }
    }

    private static DefinitionLoadResult Fail(string path, string code, string message) =>
        new(null, [new DefinitionError(path, code, message)]);

    private static List<VariableDefinition> ReadVariables(JsonNode? node, string path, List<DefinitionError> errors)
    {
        var result = new List<VariableDefinition>();
        var items = Json.Items(node);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject v || Json.String(v, "name") is not { Length: > 0 } name)
            {
                errors.Add(new DefinitionError($"{path}[{i}]", "InvalidVariable", $"第 {i + 1} 个变量缺少名称。"));
                continue;
            }
            var typeName = Json.String(v, "typeName") ?? "Object";
            result.Add(new VariableDefinition(Json.String(v, "id") ?? name, name, typeName, Json.Get(v, "value")?.DeepClone()));
        }
        return result;
    }
}
