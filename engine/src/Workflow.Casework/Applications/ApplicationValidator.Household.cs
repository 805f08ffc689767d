namespace Workflow.Casework;

/// <summary>Household members, requested items and consent.</summary>
public static partial class ApplicationValidator
{
    private static void ValidateHousehold(ApplicationForm form, DateOnly today, List<FieldError> errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        if (form.Applicant?.IdNumber is { } own && ChineseIdNumber.Check(own, today) is null)
        {
            seen[ChineseIdNumber.Normalize(own)] = "申请人";
        }
        var members = form.Household ?? [];
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var who = $"家庭成员第{i + 1}人";
            var at = $"household[{i}]";
            if (m is null)
            {
                errors.Add(new(at, $"{who}的信息不能为空"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(m.Name))
            {
                errors.Add(new($"{at}.name", $"{who}的姓名不能为空"));
            }
            if (string.IsNullOrWhiteSpace(m.Relation))
            {
                errors.Add(new($"{at}.relation", $"{who}与申请人的关系不能为空"));
            }
            if (ChineseIdNumber.Check(m.IdNumber, today) is { } problem)
            {
                errors.Add(new($"{at}.idNumber", ChineseIdNumber.Describe(problem, $"{who}的身份证号")));
            }
            else if (!seen.TryAdd(ChineseIdNumber.Normalize(m.IdNumber), who))
            {
                errors.Add(new($"{at}.idNumber", $"{who}的身份证号与{seen[ChineseIdNumber.Normalize(m.IdNumber)]}重复"));
            }
        }
    }

    private static void ValidateItems(ApplicationForm form, ServiceCatalogue catalogue, List<FieldError> errors)
    {
        var items = form.Items ?? [];
        if (items.Count == 0)
        {
            errors.Add(new("items", "至少选择一项申请事项"));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var needsConsent = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (catalogue.Find(items[i]) is not { } item)
            {
                errors.Add(new($"items[{i}]", $"第{i + 1}项申请事项 {items[i]} 不在事项目录中"));
                continue;
            }
            if (!seen.Add(item.Code))
            {
                errors.Add(new($"items[{i}]", $"第{i + 1}项申请事项 {item.Name} 重复"));
            }
            if (item.RequiresFinancialCheck)
            {
                needsConsent.Add(item.Name);
            }
        }
        if (needsConsent.Count > 0 && !form.ConsentToFinancialCheck)
        {
            errors.Add(new("consentToFinancialCheck", $"申请{string.Join("、", needsConsent.Distinct())}须签署家庭经济状况核对授权"));
        }
        var grade = form.Assessment?.DisabilityGrade;
        if (grade is not null and (< 1 or > 4))
        {
            errors.Add(new("assessment.disabilityGrade", "残疾等级应为1至4级"));
        }
        else if (grade is null && seen.Contains(ServiceItemCodes.DisabilitySubsidies))
        {
            errors.Add(new("assessment.disabilityGrade", "申请残疾人两项补贴须填写残疾等级"));
        }
    }
}
