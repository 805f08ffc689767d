using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Activities;

/// <summary>
/// Reads a time limit and its unit (<c>timeLimit</c> + <c>timeLimitUnit</c>, issue 11) from an activity's inputs or
/// from one entry of a list (a chain level), with the same checks and messages everywhere. No unit means working days,
/// so definitions written before units load unchanged.
/// </summary>
internal static class TimeLimitReader
{
    public const string LimitInput = "timeLimit";
    public const string UnitInput = "timeLimitUnit";

    /// <summary>The longest limit: a year, in days or in hours.</summary>
    private const int MaxDays = 365;

    public static (int? Limit, TimeLimitUnit Unit) Inputs(ActivityNode node, List<DefinitionError> errors)
    {
        var unit = Unit(node, InputReader.String(node, UnitInput, errors), $"{node.JsonPath}.{UnitInput}", errors);
        var limit = Limit(node, InputReader.Constant(node, LimitInput, errors), unit, $"{node.JsonPath}.{LimitInput}", errors);
        return (limit, unit);
    }

    /// <summary>The limit of one entry of a list input (<c>levels[i]</c>), whose <c>timeLimit</c> is a plain number.</summary>
    public static (int? Limit, TimeLimitUnit Unit) Entry(ActivityNode node, JsonObject? entry, string path, List<DefinitionError> errors)
    {
        var code = entry?[UnitInput] is JsonValue u && u.TryGetValue<string>(out var text) ? text : entry?[UnitInput]?.ToJsonString();
        var unit = Unit(node, code, $"{path}.{UnitInput}", errors);
        return (Limit(node, entry?[LimitInput], unit, $"{path}.{LimitInput}", errors), unit);
    }

    private static TimeLimitUnit Unit(ActivityNode node, string? code, string path, List<DefinitionError> errors)
    {
        if (code is null)
        {
            return TimeLimitUnit.WorkingDays;
        }
        if (TimeLimitUnits.Parse(code) is { } unit)
        {
            return unit;
        }
        errors.Add(new DefinitionError(path, "UnknownTimeLimitUnit",
            $"活动 '{node.Id}' 的时限单位 '{code}' 无效，应为 {string.Join("、", TimeLimitUnits.Codes)} 之一（工作日、自然日、小时）。"));
        return TimeLimitUnit.WorkingDays;
    }

    private static int? Limit(ActivityNode node, JsonNode? value, TimeLimitUnit unit, string path, List<DefinitionError> errors)
    {
        if (value is null)
        {
            return null;
        }
        var max = unit == TimeLimitUnit.Hours ? MaxDays * 24 : MaxDays;
        if (value is JsonValue v && (v.TryGetValue<long>(out var n)
            || (v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out n))))
        {
            if (n >= 1 && n <= max)
            {
                return (int)n;
            }
            errors.Add(new DefinitionError(path, "InvalidNumber", n < 1
                ? $"活动 '{node.Id}' 的办理时限必须是正数（{unit.Label()}），实际为 {n}。"
                : $"活动 '{node.Id}' 的办理时限不能超过 {unit.Amount(max)}，实际为 {n}。"));
            return null;
        }
        errors.Add(new DefinitionError(path, "InvalidNumber",
            $"活动 '{node.Id}' 的办理时限必须是 1 到 {max} 之间的整数（{unit.Label()}），实际为 {value.ToJsonString()}。"));
        return null;
    }
}
