using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>Rule validation with field paths such as <c>rules[0].levels[1].level</c> and Chinese messages.</summary>
public sealed partial class RoutingRuleSet
{
    public static IReadOnlyList<FieldError> Validate(IReadOnlyList<ServiceRoutingRule> rules, ServiceCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<FieldError>();
        var seen = new HashSet<(string?, string?)>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var at = $"rules[{i}]";
            if (rule is null)
            {
                errors.Add(new(at, $"第{i + 1}条路由规则为空"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(rule.ServiceItem))
            {
                errors.Add(new($"{at}.serviceItem", "事项代码不能为空"));
            }
            else if (catalogue is not null && !catalogue.Contains(rule.ServiceItem))
            {
                errors.Add(new($"{at}.serviceItem", $"事项 {rule.ServiceItem} 不在事项目录中"));
            }
            if (!DivisionCode.IsValid(rule.JurisdictionCode))
            {
                errors.Add(new($"{at}.jurisdictionCode", $"管辖区划代码 {rule.JurisdictionCode} 应为12位数字"));
            }
            if (!seen.Add((rule.ServiceItem, rule.JurisdictionCode)))
            {
                errors.Add(new($"{at}.jurisdictionCode", $"事项 {rule.ServiceItem} 在 {rule.JurisdictionCode} 的路由规则重复"));
            }
            ValidateLevels(rule, at, errors);
            ValidateReferrals(rule, at, errors);
        }
        return errors;
    }

    private static void ValidateLevels(ServiceRoutingRule rule, string at, List<FieldError> errors)
    {
        var levels = rule.Levels ?? [];
        if (levels.Count == 0)
        {
            errors.Add(new($"{at}.levels", "至少需要一个办理层级"));
        }
        var previous = -1;
        for (var l = 0; l < levels.Count; l++)
        {
            var level = levels[l];
            if (level?.Level is null || !AdministrativeLevels.IsKnown(level.Level))
            {
                errors.Add(new($"{at}.levels[{l}].level", $"层级 {level?.Level} 无效，应为 province、city、district、township 或 village"));
                continue;
            }
            var rank = AdministrativeLevels.Rank(level.Level);
            if (rank <= previous)
            {
                errors.Add(new($"{at}.levels[{l}].level", $"层级 {level.Level} 重复或顺序错误，办理层级应自下而上排列"));
            }
            previous = Math.Max(previous, rank);
            if (string.IsNullOrWhiteSpace(level.Post))
            {
                errors.Add(new($"{at}.levels[{l}].post", $"层级 {level.Level} 的办理岗位不能为空"));
            }
        }
        var names = levels.Where(l => l?.Level is not null).Select(l => l.Level).ToHashSet(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(rule.DecidingLevel) || !names.Contains(rule.DecidingLevel))
        {
            errors.Add(new($"{at}.decidingLevel", $"决定层级 {rule.DecidingLevel} 应为办理层级之一"));
        }
        foreach (var (level, days) in rule.TimeLimits ?? new Dictionary<string, int>())
        {
            if (!names.Contains(level))
            {
                errors.Add(new($"{at}.timeLimits.{level}", $"时限所指层级 {level} 不是办理层级"));
            }
            if (days is < 1 or > 365)
            {
                errors.Add(new($"{at}.timeLimits.{level}", $"层级 {level} 的时限 {days} 应在1至365个工作日之间"));
            }
        }
    }

    private static void ValidateReferrals(ServiceRoutingRule rule, string at, List<FieldError> errors)
    {
        var referrals = rule.Referrals ?? [];
        for (var r = 0; r < referrals.Count; r++)
        {
            var referral = referrals[r];
            var path = $"{at}.referrals[{r}]";
            if (string.IsNullOrWhiteSpace(referral?.DepartmentCode))
            {
                errors.Add(new($"{path}.departmentCode", "转办部门代码不能为空"));
            }
            if (string.IsNullOrWhiteSpace(referral?.DepartmentName))
            {
                errors.Add(new($"{path}.departmentName", "转办部门名称不能为空"));
            }
            if (referral?.Level is null || !AdministrativeLevels.IsKnown(referral.Level))
            {
                errors.Add(new($"{path}.level", $"转办部门层级 {referral?.Level} 无效"));
            }
            if (referral is not null && referral.TimeLimitDays is < 1 or > 365)
            {
                errors.Add(new($"{path}.timeLimitDays", $"转办时限 {referral.TimeLimitDays} 应在1至365个工作日之间"));
            }
        }
    }
}
