using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>Who may be handed a task: the organisation's answer to <see cref="IAssignmentResolver.RefuseHolder"/>.</summary>
public sealed partial class OrganisationDirectory
{
    public string? RefuseHolder(AssignmentRequest request, string userId, HolderRole role)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Organisation.Users.Count == 0)
        {
            return null;
        }
        // Once the organisation lists anyone, every target must be an active person who is not recused, whatever the
        // step; only the post or area check waits for a configured post or department.
        if (Organisation.FindUser(userId) is not { } user)
        {
            return "组织机构中没有此人";
        }
        if (!user.Active)
        {
            return "此人已停用";
        }
        if (user.MustAvoid(request.ApplicantIdNumber))
        {
            return "此人须回避（本人或近亲属的申请）";
        }
        if (!IsConfigured(request))
        {
            return null;
        }
        return role == HolderRole.Holder ? RefuseByPost(request, user) : RefuseByArea(request, user);
    }

    /// <summary>An organisation that knows neither the post nor the department asked for cannot judge the post or area.</summary>
    private bool IsConfigured(AssignmentRequest request) => request.DepartmentCode is not null
        ? Organisation.FindDepartment(request.DepartmentCode) is not null
        : request.Post is not null && _postsInUse.Contains(request.Post) && request.DivisionCode is not null;

    /// <summary>
    /// 转办/委派/加签: the post (or department) the task asks for, in its office or an office above it that a vacancy
    /// would have fallen back to.
    /// </summary>
    private string? RefuseByPost(AssignmentRequest request, User user)
    {
        var offices = Path(request.DivisionCode ?? "").ToHashSet(StringComparer.Ordinal);
        var fits = request.DepartmentCode is { } department
            ? user.Posts.Any(p => p.DepartmentCode == department && (request.DivisionCode is null || offices.Contains(p.DivisionCode))
                && (request.Post is null || p.PostCode == request.Post))
            : user.Posts.Any(p => p.PostCode == request.Post && offices.Contains(p.DivisionCode));
        return fits ? null : request.DepartmentCode is { } d
            ? $"此人不在承办部门 {d}（{request.DivisionCode}）任职"
            : $"此人在 {request.DivisionCode} 及其上级均无岗位 {request.Post}";
    }

    /// <summary>抄送 and 人工指派: some post whose area holds the case (or the department the task is addressed to).</summary>
    private static string? RefuseByArea(AssignmentRequest request, User user)
    {
        var caseDivision = request.CaseDivisionCode ?? request.DivisionCode;
        var inArea = user.Posts.Any(p =>
            (request.DepartmentCode is not null && p.DepartmentCode == request.DepartmentCode)
            || (DivisionCode.From(p.DivisionCode) is { } area && area.Contains(caseDivision)));
        return inArea ? null : $"此人的岗位均不管辖本案所在区划 {caseDivision}";
    }
}
