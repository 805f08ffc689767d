namespace Workflow.Casework;

/// <summary>User rules: identity formats and that every post assignment points at something that exists.</summary>
public sealed partial class OrganisationBuilder
{
    private void ValidateUsers(
        Dictionary<string, Division> divisions,
        Dictionary<string, Department> departments,
        Dictionary<string, Post> posts,
        List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _users.Count; i++)
        {
            var u = _users[i];
            var at = $"users[{i}]";
            if (string.IsNullOrWhiteSpace(u.Id))
            {
                errors.Add(new($"{at}.id", "用户账号不能为空"));
            }
            else if (!seen.Add(u.Id))
            {
                errors.Add(new($"{at}.id", $"用户账号 {u.Id} 重复"));
            }
            if (string.IsNullOrWhiteSpace(u.Name))
            {
                errors.Add(new($"{at}.name", $"用户 {u.Id} 的姓名不能为空"));
            }
            // Birth dates are not checked against today: an organisation file must not start failing with time.
            if (u.IdNumber is not null && ChineseIdNumber.Check(u.IdNumber, DateOnly.MaxValue) is { } problem)
            {
                errors.Add(new($"{at}.idNumber", ChineseIdNumber.Describe(problem, $"用户 {u.Id} 的身份证号")));
            }
            if (u.Phone is not null && !ContactFormats.IsPhone(u.Phone))
            {
                errors.Add(new($"{at}.phone", $"用户 {u.Id} 的联系电话格式不正确"));
            }
            for (var r = 0; r < (u.RelativeIdNumbers?.Count ?? 0); r++)
            {
                if (ChineseIdNumber.Check(u.RelativeIdNumbers![r], DateOnly.MaxValue) is { } relative)
                {
                    errors.Add(new($"{at}.relativeIdNumbers[{r}]", ChineseIdNumber.Describe(relative, $"用户 {u.Id} 的第{r + 1}个亲属身份证号")));
                }
            }
            for (var p = 0; p < (u.Posts?.Count ?? 0); p++)
            {
                ValidateAssignment(u, u.Posts![p], $"{at}.posts[{p}]", divisions, departments, posts, errors);
            }
        }
    }

    private static void ValidateAssignment(
        User user,
        PostAssignment a,
        string at,
        Dictionary<string, Division> divisions,
        Dictionary<string, Department> departments,
        Dictionary<string, Post> posts,
        List<FieldError> errors)
    {
        if (a.PostCode is null || !posts.ContainsKey(a.PostCode))
        {
            errors.Add(new($"{at}.postCode", $"用户 {user.Id} 的岗位 {a.PostCode} 不存在"));
        }
        if (a.DivisionCode is null || !divisions.ContainsKey(a.DivisionCode))
        {
            errors.Add(new($"{at}.divisionCode", $"用户 {user.Id} 的岗位所在区划 {a.DivisionCode} 不存在"));
        }
        if (a.DepartmentCode is null)
        {
            if (a.PostCode == StandardPosts.InstitutionClerk)
            {
                errors.Add(new($"{at}.departmentCode", $"用户 {user.Id} 的岗位 {a.PostCode} 须注明所在机构（民政机构，如区域性养老服务中心）"));
            }
            return;
        }
        if (departments.TryGetValue(DepartmentKey(a.DepartmentCode, a.DivisionCode), out var unit))
        {
            if (a.PostCode == StandardPosts.InstitutionClerk && unit.Kind != DepartmentKinds.Institution)
            {
                errors.Add(new($"{at}.departmentCode", $"用户 {user.Id} 的岗位 {a.PostCode} 须在民政机构任职，{unit.Name}（{unit.Kind}）不是民政机构"));
            }
        }
        else
        {
            var elsewhere = departments.Values.FirstOrDefault(d => d.Code == a.DepartmentCode);
            errors.Add(new($"{at}.departmentCode", elsewhere is null
                ? $"用户 {user.Id} 的部门 {a.DepartmentCode} 不存在"
                : $"用户 {user.Id} 的部门 {a.DepartmentCode} 位于 {elsewhere.DivisionCode}，与岗位所在区划 {a.DivisionCode} 不一致"));
        }
    }
}
