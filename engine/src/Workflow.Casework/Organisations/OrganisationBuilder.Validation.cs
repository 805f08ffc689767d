using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>Validation rules; messages are Chinese because the people fixing an import read them.</summary>
public sealed partial class OrganisationBuilder
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        var divisions = FirstByKey(_divisions, d => d.Code);
        ValidateDivisions(divisions, errors);
        var departments = FirstByKey(_departments, d => DepartmentKey(d.Code, d.DivisionCode));
        ValidateDepartments(divisions, errors);
        var posts = FirstByKey(_posts, p => p.Code);
        ValidatePosts(errors);
        ValidateUsers(divisions, departments, posts, errors);
        return errors;
    }

    private static Dictionary<string, T> FirstByKey<T>(List<T> items, Func<T, string?> key)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (key(item) is { } k)
            {
                map.TryAdd(k, item);
            }
        }
        return map;
    }

    private void ValidateDivisions(Dictionary<string, Division> byCode, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _divisions.Count; i++)
        {
            var d = _divisions[i];
            var at = $"divisions[{i}]";
            var shape = string.IsNullOrWhiteSpace(d.Code) ? "不能为空" : DivisionCodes.ShapeProblem(d.Code, d.Level ?? "");
            if (shape is not null)
            {
                errors.Add(new($"{at}.code", $"区划代码 {d.Code} 无效：{shape}"));
            }
            else if (!seen.Add(d.Code))
            {
                errors.Add(new($"{at}.code", $"区划代码 {d.Code} 重复"));
            }
            if (string.IsNullOrWhiteSpace(d.Name))
            {
                errors.Add(new($"{at}.name", $"区划 {d.Code} 的名称不能为空"));
            }
            if (d.Level is null || !AdministrativeLevels.IsKnown(d.Level))
            {
                errors.Add(new($"{at}.level", $"区划 {d.Code} 的层级 {d.Level} 无效，应为 province、city、district、township 或 village"));
                continue;
            }
            if (d.ParentCode is null)
            {
                continue;
            }
            if (!byCode.TryGetValue(d.ParentCode, out var parent))
            {
                errors.Add(new($"{at}.parentCode", $"区划 {d.Code} 的上级区划 {d.ParentCode} 不存在"));
            }
            else if (!AdministrativeLevels.IsKnown(parent.Level) || AdministrativeLevels.Rank(parent.Level) <= AdministrativeLevels.Rank(d.Level))
            {
                errors.Add(new($"{at}.parentCode", $"区划 {d.Code} 的上级区划 {d.ParentCode} 层级应高于本级"));
            }
            else if (DivisionCode.From(d.Code) is { } child && DivisionCode.From(parent.Code) is { } above && !above.Contains(child))
            {
                errors.Add(new($"{at}.code", $"区划代码 {d.Code} 与上级区划 {parent.Code} 不一致，应以 {above.Prefix} 开头"));
            }
        }
    }

    /// <summary>
    /// A department is its code at its division: every district has its own 教育局 under the code the definitions
    /// address (<c>district-education</c>), and the case's district picks which one.
    /// </summary>
    internal static string DepartmentKey(string? code, string? divisionCode) => $"{code}@{divisionCode}";

    private void ValidateDepartments(Dictionary<string, Division> divisions, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _departments.Count; i++)
        {
            var d = _departments[i];
            var at = $"departments[{i}]";
            if (string.IsNullOrWhiteSpace(d.Code))
            {
                errors.Add(new($"{at}.code", "部门代码不能为空"));
            }
            else if (!seen.Add(DepartmentKey(d.Code, d.DivisionCode)))
            {
                errors.Add(new($"{at}.code", $"部门代码 {d.Code} 在区划 {d.DivisionCode} 重复"));
            }
            if (string.IsNullOrWhiteSpace(d.Name))
            {
                errors.Add(new($"{at}.name", $"部门 {d.Code} 的名称不能为空"));
            }
            if (string.IsNullOrWhiteSpace(d.Kind))
            {
                errors.Add(new($"{at}.kind", $"部门 {d.Code} 的类别不能为空"));
            }
            if (d.DivisionCode is null || !divisions.ContainsKey(d.DivisionCode))
            {
                errors.Add(new($"{at}.divisionCode", $"部门 {d.Code} 所在区划 {d.DivisionCode} 不存在"));
            }
        }
    }

    private void ValidatePosts(List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _posts.Count; i++)
        {
            var p = _posts[i];
            if (string.IsNullOrWhiteSpace(p.Code))
            {
                errors.Add(new($"posts[{i}].code", "岗位代码不能为空"));
            }
            else if (!seen.Add(p.Code))
            {
                errors.Add(new($"posts[{i}].code", $"岗位代码 {p.Code} 重复"));
            }
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                errors.Add(new($"posts[{i}].name", $"岗位 {p.Code} 的名称不能为空"));
            }
        }
    }
}
