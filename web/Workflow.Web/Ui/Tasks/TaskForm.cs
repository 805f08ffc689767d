using Workflow.Casework.Application.Views;

namespace Workflow.Web.Ui.Tasks;

/// <summary>
/// How the decision form reads for the kind of work a task is (issue 11): what the free text is called (a 儿童主任's
/// visit record, a verification's findings, else the approval opinion) and, for the 特困 入户调查, the 生活自理能力评估
/// as a labelled choice with what each level means. Each answer is still one of the task's outcomes.
/// </summary>
public static class TaskForm
{
    /// <summary>
    /// The three levels of 《特困人员认定办法》: six activities (自主吃饭、自主穿衣、自主上下床、自主如厕、室内自主行走、自主洗澡),
    /// counted by how many the person cannot do.
    /// </summary>
    public static IReadOnlyList<(string Outcome, string Level, string Explanation)> SelfCareLevels { get; } =
    [
        ("able", "具备生活自理能力（全自理）", "6 项指标全部能够达到。"),
        ("partly", "部分丧失生活自理能力（半自理）", "3 项以下（含 3 项）指标不能达到。"),
        ("unable", "完全丧失生活自理能力（全护理）", "4 项以上（含 4 项）指标不能达到。"),
    ];

    public const string SelfCareIndicators = "自主吃饭、自主穿衣、自主上下床、自主如厕、室内自主行走、自主洗澡";

    /// <summary>True for the 入户调查 whose answers are the three 生活自理能力 levels.</summary>
    public static bool AssessesSelfCare(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return SelfCareLevels.All(l => task.Outcomes.Contains(l.Outcome));
    }

    /// <summary>The outcomes shown as plain buttons: all but the assessment levels when those are shown apart.</summary>
    public static IEnumerable<string> OtherOutcomes(TaskView task) =>
        AssessesSelfCare(task) ? task.Outcomes.Where(o => SelfCareLevels.All(l => l.Outcome != o)) : task.Outcomes;

    public static string CommentLabel(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Outcomes switch
        {
            var o when o.Contains("homeVisited") => "入户查看记录",
            var o when o.Contains("visited") => "随访记录",
            var o when o.Contains("assist") && o.Contains("noNeed") => "核查情况",
            _ when AssessesSelfCare(task) => "入户调查情况",
            var o when o.Contains("admitted") => "入院登记情况",
            var o when o.Contains("satisfied") => "办理结果及回访情况",
            _ => "审批意见",
        };
    }

    public static string? CommentHint(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Outcomes switch
        {
            var o when o.Contains("homeVisited") => "记录儿童的安全、健康和照料状况，监护人或照料人情况，以及已采取的应急措施；现场照片可在上方“入户照片”拍摄上传。",
            var o when o.Contains("visited") => "记录儿童近况、监护人履职情况和需要继续帮扶的事项。",
            var o when o.Contains("assist") && o.Contains("noNeed") => "记录入户核实的家庭困难情况；需要救助的，请随后代为提交救助申请。",
            _ when AssessesSelfCare(task) => "记录家庭经济状况、赡养抚养扶养情况，以及生活自理能力各项指标的评估情况。",
            var o when o.Contains("admitted") => "记录入院日期、床位和照料等级。",
            _ => null,
        };
    }
}
