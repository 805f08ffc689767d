using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

using Workflow.Engine.State;

/// <summary>
/// <c>Gov.ApprovalChain</c>: walks levels (村 → 乡镇 → 区) one task at a time. The routing table decides which levels
/// apply and which one decides, so moving the decision down to the township is data, not a new definition.
/// Approve moves up a level, return moves down one (from the first level it leaves the chain on <c>return</c>),
/// and reject leaves at once.
/// </summary>
internal sealed class ApprovalChainBehavior : ActivityBehavior
{
    public static readonly IReadOnlyList<string> Ports = ["approve", "reject", "return"];

    public override void Execute(ActivityContext context)
    {
        var s = (ChainSettings)context.Node.Compiled!;
        var division = CaseDivision.Of(context);
        var rule = context.Services.Routing.Find(s.ServiceItem, division);
        IReadOnlyList<ChainLevel> levels = s.Levels;
        var source = $"definition:{context.Node.NodeId}";
        if (rule is not null)
        {
            source = rule.Source;
            // Levels above the deciding one never act, even when this chain does not itself hold the deciding level
            // (a confirmation chain of [district] when the township decides is empty).
            var top = AdministrativeLevels.Rank(rule.DecidingLevel);
            levels = s.Levels
                .Where(l => rule.Levels.Contains(l.Level) && AdministrativeLevels.Rank(l.Level) <= top)
                // A rule's limits are the item's statutory working days.
                .Select(l => rule.TimeLimits is not null && rule.TimeLimits.TryGetValue(l.Level, out var days)
                    ? l with { TimeLimitWorkingDays = days, TimeLimitUnit = TimeLimitUnit.WorkingDays }
                    : l)
                .ToList();
        }
        context.Emit(new ChainStarted(context.ScopeId, context.Node.NodeId, levels, source));
        if (levels.Count == 0)
        {
            End(context, "approve");
            return;
        }
        Open(context, levels, 0);
    }

    public override void Resume(ActivityContext context, ResumeSignal signal)
    {
        var chain = context.Instance.Scopes[context.ScopeId].Chains[context.Node.NodeId];
        var step = signal.Task?.Opened.ChainStep ?? 0;
        switch (signal.Outcome)
        {
            case "approve" when step + 1 < chain.Levels.Count:
                Open(context, chain.Levels, step + 1);
                break;
            case "return" when step > 0:
                Open(context, chain.Levels, step - 1);
                break;
            default:
                End(context, signal.Outcome ?? "approve");
                break;
        }
    }

    private static void Open(ActivityContext context, IReadOnlyList<ChainLevel> levels, int step)
    {
        var s = (ChainSettings)context.Node.Compiled!;
        var level = levels[step];
        var division = CaseDivision.Of(context);
        var assignee = new TaskAssignee(level.Post, level.Level, AdministrativeLevels.DivisionAt(division, level.Level), null, null);
        context.OpenTask(new TaskRequest(TaskKind.Approval, level.Title, assignee, Ports, s.CommentRequiredFor, level.TimeLimitWorkingDays, step,
            ServiceItem: s.ServiceItem, TimeLimitUnit: level.TimeLimitUnit));
    }

    private static void End(ActivityContext context, string outcome)
    {
        context.Emit(new ChainEnded(context.ScopeId, context.Node.NodeId, outcome));
        context.Complete(outcome);
    }
}
