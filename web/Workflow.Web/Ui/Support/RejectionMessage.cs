using System.Text.RegularExpressions;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// A refusal as a Chinese message box: the ProblemDetails title and detail the API would send, plus the Chinese phrase
/// the engine put in its message when it has one ("…（无权办理）"), which tells the officer what exactly went wrong.
/// </summary>
public static partial class RejectionMessage
{
    public static MessageBox From(Rejection rejection, string fallbackTitle = "操作未完成")
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var problem = rejection.ToProblem().ProblemDetails;
        var phrase = ChinesePhrase().Matches(rejection.Message).Select(m => m.Groups[1].Value).LastOrDefault();
        var detail = phrase is null ? problem.Detail : $"{problem.Detail}（{phrase}）";
        return new MessageBox(problem.Title ?? fallbackTitle, detail, MessageBox.Error);
    }

    /// <summary>A bracketed phrase that contains at least one Chinese character.</summary>
    [GeneratedRegex(@"[（(]([^（）()]*\p{IsCJKUnifiedIdeographs}[^（）()]*)[）)]")]
    private static partial Regex ChinesePhrase();
}
