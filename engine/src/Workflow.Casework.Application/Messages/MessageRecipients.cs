using Workflow.Casework;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application.Messages;

/// <summary>
/// Who a notice about a task is for, by the engine's one rule (<see cref="TaskAuthority"/>): the people the notice
/// names (the task's holder, else who may take it, the signers due and the deputies standing in for them), and the
/// active people of the office the notice opens it to (<see cref="NoticeOpenTo"/>: the post in its division, or
/// everyone acting for its department in the department's area), each asked as <see cref="TaskAuthority.InOffice"/> asks. A task every
/// candidate had to step aside from (回避) opens to nobody: it waits for a manual assignment (人工指派), and nobody is
/// told, since nobody may act on it. For a result, the accepting window's clerks.
/// </summary>
public sealed class MessageRecipients(CaseworkDirectory directory)
{
    /// <summary>
    /// <paramref name="named"/> and the office of <paramref name="openTo"/>. A notice written before <c>OpenTo</c>
    /// existed (null) keeps its old reading: its named people, or when it named nobody, the post in its division.
    /// </summary>
    public IReadOnlyList<string> Of(IReadOnlyList<string>? named, string? openTo, string? post, string? divisionCode, string? departmentCode)
    {
        var people = (named ?? []).Distinct(StringComparer.Ordinal).ToList();
        var office = openTo switch
        {
            NoticeOpenTo.Post when post is not null => new TaskAssignee(post, null, divisionCode, null, null),
            NoticeOpenTo.Department when departmentCode is not null => new TaskAssignee(null, null, divisionCode, departmentCode, null),
            null when people.Count == 0 && post is not null && divisionCode is not null => new TaskAssignee(post, null, divisionCode, null, null),
            _ => null,
        };
        if (office is null)
        {
            return people;
        }
        // A department's officers are those in the department's own area, the ones the access policy lets open its referrals.
        var acting = directory.Organisation.Users
            .Where(u => u.Active && TaskAuthority.InOffice(PersonActor.Of(u), office)
                && (office.DepartmentCode is not { } department || CaseAccessPolicy.AnswersForDepartment(AccessSubject.Of(u), department, office.DivisionCode)))
            .Select(u => u.Id);
        return people.Concat(acting).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The clerks of the window that accepted an application (<see cref="StandardPosts.WindowClerkPosts"/> in its division).</summary>
    public IReadOnlyList<string> WindowClerks(string windowDivision) =>
        directory.Organisation.Users
            .Where(u => u.Active && u.Posts.Any(p => p.DepartmentCode is null && StandardPosts.WindowClerkPosts.Contains(p.PostCode) && p.DivisionCode == windowDivision))
            .Select(u => u.Id).ToList();

    /// <summary>A person's name for a notice's text; the id when the organisation does not list them.</summary>
    public string NameOf(string? userId) => userId is null ? "系统" : directory.Organisation.UserName(userId);
}
