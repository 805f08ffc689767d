using Workflow.Casework;

namespace Workflow.Casework.Application.Messages;

/// <summary>
/// Who a notice is for, from the organisation: the people the engine named (a task's holder, else its candidates), or
/// when it named nobody, everyone active who holds the task's post in its office; for a result, the accepting window's
/// clerks. A deputy covering someone (代理) is already among a task's candidates, so they get its notices too.
/// </summary>
public sealed class MessageRecipients(CaseworkDirectory directory)
{
    public IReadOnlyList<string> Of(IReadOnlyList<string>? named, string? post, string? divisionCode)
    {
        if (named is { Count: > 0 })
        {
            return named.Distinct(StringComparer.Ordinal).ToList();
        }
        if (post is null || divisionCode is null)
        {
            return [];
        }
        return Holding(post, divisionCode);
    }

    /// <summary>The clerks of the window that accepted an application (窗口受理 in its division).</summary>
    public IReadOnlyList<string> WindowClerks(string windowDivision) => Holding(StandardPosts.Window, windowDivision);

    /// <summary>A person's name for a notice's text; the id when the organisation does not list them.</summary>
    public string NameOf(string? userId) => userId is null ? "系统" : directory.Organisation.UserName(userId);

    private List<string> Holding(string post, string divisionCode) =>
        directory.Organisation.Users
            .Where(u => u.Active && u.Posts.Any(p => p.DepartmentCode is null && p.PostCode == post && p.DivisionCode == divisionCode))
            .Select(u => u.Id).ToList();
}
