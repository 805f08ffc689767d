namespace Workflow.Casework.Application;

/// <summary>
/// The steps where an officer visits the household (入户调查, 入户核查, 随访), by the task's title: their records are the
/// evidence's visit records, and only their officers take 入户照片 (issue 12).
/// </summary>
public static class VisitSteps
{
    private static readonly string[] Words = ["入户", "随访"];

    public static bool IsVisit(string? title) => title is not null && Words.Any(w => title.Contains(w, StringComparison.Ordinal));
}
