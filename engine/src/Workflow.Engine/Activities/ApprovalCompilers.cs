using System.Text.Json.Nodes;
using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Definitions;
using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Activities;

/// <summary>Load-time checks and compiled settings for our approval activities (<c>Gov.*</c>).</summary>
internal static class ApprovalCompilers
{
    internal static readonly IReadOnlyList<string> DefaultTaskOutcomes = ["approve", "reject", "return"];
    internal static readonly IReadOnlyList<string> DefaultCommentRequired = ["reject", "return"];
    internal static readonly IReadOnlyList<string> DefaultReplyOutcomes = ["approve", "reject"];
    private const int MaxWorkingDays = 365;
    private const int MaxVisits = 120;

    public static void ApprovalTask(ActivityNode node, List<DefinitionError> errors)
    {
        var title = InputReader.String(node, "title", errors) ?? node.DisplayName;
        var candidate = InputReader.Constant(node, "candidate", errors, required: true) as JsonObject;
        var (post, level) = ReadPostAndLevel(node, candidate, $"{node.JsonPath}.candidate", errors);
        var outcomes = InputReader.StringList(node, "outcomes", errors) ?? DefaultTaskOutcomes;
        if (outcomes.Count == 0)
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.outcomes", "NoOutcomes", $"审批活动 '{node.Id}' 至少需要一个结果。"));
        }
        var commentRequired = InputReader.StringList(node, "commentRequiredFor", errors) ?? DefaultCommentRequired;
        var (limit, unit) = TimeLimitReader.Inputs(node, errors);
        var (mode, signers, threshold) = ReadSigning(node, errors);
        node.Compiled = new ApprovalTaskSettings(title, post, level, outcomes, commentRequired, limit, mode, signers, threshold, unit);
    }

    /// <summary>
    /// <c>mode</c> (single, countersign, anysign, vote, sequential), explicit <c>signers</c>, and for a vote the
    /// <c>threshold</c>: a whole number of approvals, or a fraction of the signers below 1.
    /// </summary>
    private static (string Mode, IReadOnlyList<string>? Signers, double? Threshold) ReadSigning(ActivityNode node, List<DefinitionError> errors)
    {
        var mode = InputReader.String(node, "mode", errors) ?? SignModes.Single;
        if (!SignModes.All.Contains(mode))
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.mode", "UnknownMode",
                $"审批活动 '{node.Id}' 的签署方式 '{mode}' 无效，应为 {string.Join("、", SignModes.All)} 之一。"));
            mode = SignModes.Single;
        }
        var signers = InputReader.StringList(node, "signers", errors);
        double? threshold = null;
        var value = InputReader.Constant(node, "threshold", errors, required: mode == SignModes.Vote);
        if (value is not null)
        {
            var parsed = value is System.Text.Json.Nodes.JsonValue v
                && (v.TryGetValue<double>(out var d) || (v.TryGetValue<string>(out var text)
                    && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out d)))
                ? d : double.NaN;
            if (parsed is > 0 and < 1 || (parsed >= 1 && parsed == Math.Floor(parsed) && parsed <= 1000))
            {
                threshold = parsed;
            }
            else
            {
                errors.Add(new DefinitionError($"{node.JsonPath}.threshold", "InvalidThreshold",
                    $"审批活动 '{node.Id}' 的票签阈值必须是正整数票数或 0 到 1 之间的比例，实际为 {value.ToJsonString()}。"));
            }
        }
        return (mode, signers, threshold);
    }

    public static IReadOnlyList<string> ApprovalTaskPorts(ActivityNode node) =>
        (node.Compiled as ApprovalTaskSettings)?.Outcomes ?? DefaultTaskOutcomes;

    public static void ApprovalChain(ActivityNode node, List<DefinitionError> errors)
    {
        var item = InputReader.String(node, "serviceItem", errors, required: true) ?? "";
        var levels = new List<ChainLevel>();
        var path = $"{node.JsonPath}.levels";
        if (InputReader.Constant(node, "levels", errors, required: true) is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var entry = array[i] as JsonObject;
                var (post, level) = ReadPostAndLevel(node, entry, $"{path}[{i}]", errors);
                var title = entry?["title"]?.GetValue<string>() ?? $"{AdministrativeLevels.ChineseNames.GetValueOrDefault(level, level)}审核";
                var (limit, unit) = TimeLimitReader.Entry(node, entry, $"{path}[{i}]", errors);
                if (levels.Any(l => l.Level == level))
                {
                    errors.Add(new DefinitionError($"{path}[{i}].level", "DuplicateLevel", $"审批链 '{node.Id}' 中层级 '{level}' 出现了两次。"));
                }
                levels.Add(new ChainLevel(level, post, title, limit) { TimeLimitUnit = unit });
            }
        }
        if (levels.Count == 0)
        {
            errors.Add(new DefinitionError(path, "NoLevels", $"审批链 '{node.Id}' 至少需要一个层级。"));
        }
        var commentRequired = InputReader.StringList(node, "commentRequiredFor", errors) ?? DefaultCommentRequired;
        node.Compiled = new ChainSettings(item, levels, commentRequired);
    }

    public static void Referral(ActivityNode node, List<DefinitionError> errors)
    {
        var title = InputReader.String(node, "title", errors) ?? node.DisplayName;
        var department = InputReader.Constant(node, "department", errors, required: true) as JsonObject;
        var code = department?["code"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.department", "MissingDepartment", $"转办活动 '{node.Id}' 必须指明部门代码 (department.code)。"));
        }
        var name = department?["name"]?.GetValue<string>() ?? code ?? "";
        var level = department?["level"]?.GetValue<string>() ?? AdministrativeLevel.District.Code();
        if (!AdministrativeLevels.IsKnown(level))
        {
            errors.Add(new DefinitionError($"{node.JsonPath}.department.level", "UnknownLevel", $"转办活动 '{node.Id}' 的层级 '{level}' 无效。"));
        }
        var outcomes = InputReader.StringList(node, "outcomes", errors) ?? DefaultReplyOutcomes;
        var limit = InputReader.Int(node, "timeLimit", errors, 1, MaxWorkingDays);
        var variable = InputReader.String(node, "resultVariable", errors);
        node.Compiled = new ReferralSettings(title, code ?? "", name, level, outcomes, limit, variable);
    }

    public static IReadOnlyList<string> ReferralPorts(ActivityNode node) =>
        (node.Compiled as ReferralSettings)?.Outcomes ?? DefaultReplyOutcomes;

    /// <summary><c>Gov.FollowUpVisits</c>: a visit task every <c>everyDays</c> calendar days, <c>times</c> times (issue 11).</summary>
    public static void FollowUpVisits(ActivityNode node, List<DefinitionError> errors)
    {
        var title = InputReader.String(node, "title", errors) ?? node.DisplayName;
        var candidate = InputReader.Constant(node, "candidate", errors, required: true) as JsonObject;
        var (post, level) = ReadPostAndLevel(node, candidate, $"{node.JsonPath}.candidate", errors);
        var everyDays = InputReader.Int(node, "everyDays", errors, 1, MaxWorkingDays, required: true) ?? 1;
        var times = InputReader.Int(node, "times", errors, 1, MaxVisits, required: true) ?? 1;
        var (limit, unit) = TimeLimitReader.Inputs(node, errors);
        node.Compiled = new FollowUpVisitsSettings(title, post, level, everyDays, times, limit, unit);
    }

    public static void PublicNotice(ActivityNode node, List<DefinitionError> errors)
    {
        var title = InputReader.String(node, "title", errors) ?? "公示";
        var days = InputReader.Int(node, "days", errors, 1, 90) ?? 7;
        node.Compiled = new PublicNoticeSettings(title, days);
    }

    private static (string Post, string Level) ReadPostAndLevel(ActivityNode node, JsonObject? candidate, string path, List<DefinitionError> errors)
    {
        var post = candidate?["post"]?.GetValue<string>();
        var level = candidate?["level"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(post))
        {
            errors.Add(new DefinitionError($"{path}.post", "MissingPost", $"活动 '{node.Id}' 必须指明办理岗位 (post)。"));
        }
        if (level is null || !AdministrativeLevels.IsKnown(level))
        {
            errors.Add(new DefinitionError($"{path}.level", "UnknownLevel",
                $"活动 '{node.Id}' 的层级 '{level}' 无效，应为 {string.Join("、", AdministrativeLevels.All)} 之一。"));
        }
        return (post ?? "", level ?? AdministrativeLevel.Township.Code());
    }
}
