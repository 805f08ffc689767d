using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>When a multi-signer step is decided, and how: the rule of its mode over the signers' answers so far.</summary>
internal static class SignRules
{
    public const string Approve = "approve";

    /// <summary>The signer whose turn it is in a sequential step: the first who has not answered.</summary>
    public static SignerState? Current(TaskState task) => task.Signers.Find(s => !s.Answered);

    /// <summary>The decided outcome, or null while the step still waits; the tally either way.</summary>
    public static (string? Outcome, SignTally Tally) Evaluate(TaskState task)
    {
        var signing = task.Opened.Signing!;
        var signers = task.Signers;
        var approvals = signers.Count(s => s.Outcome == Approve);
        var pending = signers.Count(s => !s.Answered);
        var against = signers.Where(s => s.Answered && s.Outcome != Approve).OrderBy(s => s.At).FirstOrDefault();
        var answers = signers.Where(s => s.Answered).GroupBy(s => s.Outcome!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string? outcome = null;
        var rule = "";
        switch (signing.Mode)
        {
            case SignModes.Anysign:
                var first = signers.Where(s => s.Answered).OrderBy(s => s.At).FirstOrDefault();
                (outcome, rule) = (first?.Outcome, "或签：第一位签署人的意见即为结果");
                break;
            case SignModes.Vote:
                var needed = Needed(signing, signers.Count);
                if (approvals >= needed)
                {
                    (outcome, rule) = (Approve, $"票签：同意 {approvals} 票，达到 {needed} 票");
                }
                else if (approvals + pending < needed)
                {
                    outcome = task.Opened.Outcomes.Contains("reject") ? "reject" : against?.Outcome;
                    rule = $"票签：同意 {approvals} 票，余 {pending} 人未投，已不可能达到 {needed} 票";
                }
                break;
            default: // countersign and sequential: everyone must approve, the first other answer decides at once
                var name = signing.Mode == SignModes.Sequential ? "依次审批" : "会签";
                if (against is not null)
                {
                    (outcome, rule) = (against.Outcome, $"{name}：{against.UserId} 的意见为 {against.Outcome}，即时决定");
                }
                else if (pending == 0)
                {
                    (outcome, rule) = (Approve, $"{name}：全部 {signers.Count} 位签署人同意");
                }
                break;
        }
        return (outcome, new SignTally(signing.Mode, answers, pending, rule));
    }

    /// <summary>Approvals a vote needs: the count, or the fraction of the current signers rounded up; at least one.</summary>
    public static int Needed(TaskSigning signing, int signers)
    {
        var threshold = signing.Threshold ?? 0.5;
        var needed = threshold >= 1 ? (int)threshold : (int)Math.Ceiling(threshold * signers);
        return Math.Max(1, needed);
    }
}
