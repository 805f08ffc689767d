using System.Text.Json.Nodes;
using Cronos;
using Workflow.Engine.Activities.Elsa;
using Workflow.Engine.Definitions;
using Workflow.Engine.Serialization;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Activities;

/// <summary>Load-time checks and compiled settings for Elsa's built-in activities.</summary>
internal static class ElsaCompilers
{
    public static void FlowJoin(ActivityNode node, List<DefinitionError> errors)
    {
        var mode = InputReader.String(node, "mode", errors) ?? "WaitAny";
        node.Compiled = mode switch
        {
            "WaitAll" => new FlowJoinSettings(MergeMode.Converge),
            "WaitAny" => new FlowJoinSettings(MergeMode.Race),
            "WaitAllActive" => new FlowJoinSettings(MergeMode.Merge),
            _ => Invalid(),
        };

        FlowJoinSettings Invalid()
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.mode", "InvalidJoinMode",
                $"汇聚活动 '{node.Id}' 的模式 '{mode}' 无效，应为 WaitAll、WaitAny 或 WaitAllActive。"));
            return new FlowJoinSettings(MergeMode.Converge);
        }
    }

    public static void FlowFork(ActivityNode node, List<DefinitionError> errors) =>
        node.Compiled = new ForkSettings(InputReader.StringList(node, "branches", errors) ?? []);

    public static IReadOnlyList<string> ForkPorts(ActivityNode node) => (node.Compiled as ForkSettings)?.Branches ?? [];

    public static void FlowSwitch(ActivityNode node, List<DefinitionError> errors)
    {
        var cases = new List<(string, Expression?)>();
        if (node.Json["cases"] is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is not JsonObject c || c["label"]?.GetValue<string>() is not { } label)
                {
                    errors.Add(new DefinitionError($"{node.JsonPath}.cases[{i}]", "InvalidCase", $"分支活动 '{node.Id}' 的第 {i + 1} 个分支缺少标签 (label)。"));
                    continue;
                }
                cases.Add((label, ActivityReader.ReadExpression(c["condition"], "Boolean", $"{node.JsonPath}.cases[{i}].condition")));
            }
        }
        var mode = InputReader.String(node, "mode", errors);
        node.Compiled = new SwitchSettings(cases, mode == "MatchAny");
    }

    public static IReadOnlyList<string> SwitchPorts(ActivityNode node) =>
        [.. ((node.Compiled as SwitchSettings)?.Cases.Select(c => c.Label) ?? []), "Default"];

    public static void SetVariable(ActivityNode node, List<DefinitionError> errors)
    {
        var variable = node.Json["variable"] as JsonObject;
        var name = variable?["name"]?.GetValue<string>() ?? variable?["id"]?.GetValue<string>();
        if (name is null)
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.variable", "MissingVariable", $"赋值活动 '{node.Id}' 没有指明变量。"));
            name = "";
        }
        node.Compiled = new VariableReference(name);
    }

    public static void Delay(ActivityNode node, List<DefinitionError> errors) =>
        node.Compiled = new TimerSettings(InputReader.Span(node, "timeSpan", errors) ?? TimeSpan.Zero, null);

    public static void Timer(ActivityNode node, List<DefinitionError> errors) =>
        node.Compiled = new TimerSettings(InputReader.Span(node, "interval", errors) ?? TimeSpan.Zero, null);

    public static void Cron(ActivityNode node, List<DefinitionError> errors)
    {
        var text = InputReader.String(node, "cronExpression", errors, required: true);
        if (text is null)
        {
            node.Compiled = new TimerSettings(TimeSpan.Zero, null);
            return;
        }
        try
        {
            // Elsa's cron format has a seconds field; a five-field expression is accepted as well.
            var format = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
            node.Compiled = new TimerSettings(null, CronExpression.Parse(text, format));
        }
        catch (CronFormatException ex)
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.cronExpression", "InvalidCron",
                $"定时活动 '{node.Id}' 的 cron expression '{text}' 格式无效: {ex.Message}"));
            node.Compiled = new TimerSettings(TimeSpan.Zero, null);
        }
    }

    public static void Event(ActivityNode node, List<DefinitionError> errors)
    {
        if (node.Inputs.TryGetValue("eventName", out var e) && e.Type == "Literal" && string.IsNullOrWhiteSpace(e.Text))
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.eventName", "MissingInput", $"事件活动 '{node.Id}' 的事件名为空。"));
        }
        else if (!node.Inputs.ContainsKey("eventName"))
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.eventName", "MissingInput", $"事件活动 '{node.Id}' 缺少事件名 (eventName)。"));
        }
    }
}
