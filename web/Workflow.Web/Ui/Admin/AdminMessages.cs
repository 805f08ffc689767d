using System.Text.RegularExpressions;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin;

/// <summary>
/// Rejections as the Chinese message box shows them: the API's ProblemDetails title, and as detail the Chinese phrase
/// the rejection's message carries in brackets (an administrator needs to know which rule refused), else the API's detail.
/// </summary>
internal static partial class AdminMessages
{
    public static MessageBox From(Rejection rejection, string fallbackTitle)
    {
        var problem = rejection.ToProblem().ProblemDetails;
        return new MessageBox(problem.Title ?? fallbackTitle, ChinesePhrase(rejection.Message) ?? problem.Detail, MessageBox.Error);
    }

    public static int StatusOf(Rejection rejection) => RejectionProblemDetails.StatusOf(rejection.Type);

    private static string? ChinesePhrase(string message)
    {
        var matches = Bracketed().Matches(message);
        return matches.Count == 0 ? null : matches[^1].Groups[1].Value + "。";
    }

    [GeneratedRegex(@"[(（]([^()（）]*\p{IsCJKUnifiedIdeographs}[^()（）]*)[)）]")]
    private static partial Regex Bracketed();
}
