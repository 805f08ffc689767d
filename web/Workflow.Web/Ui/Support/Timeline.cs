using System.Globalization;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime.Events;
using Workflow.Web.Api.Contracts;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// Turns a case's committed events into timeline lines. Every event gets a line; an event without a time of its own
/// (a cancelled task, a variable) takes the time of the event before it, which is when it was committed. Lines of what
/// people did (<see cref="TimelineEntry.ByPeople"/>) name the person and, where the event records it, the rule that fired.
/// </summary>
public static class Timeline
{
    public const string System = "系统";

    public static IReadOnlyList<TimelineEntry> From(IReadOnlyList<EventView> events, WorkflowDefinition? definition, Func<string?, string>? userName = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var entries = new List<TimelineEntry>(events.Count);
        Func<string?, string> user = userName ?? (id => id ?? "");
        DateTimeOffset? last = null;
        // A department's reply names the department as its task did (区教育局), never its code.
        var departments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var opened in events.Select(v => v.Event).OfType<TaskOpened>())
        {
            if (opened.Assignee.DepartmentCode is not null)
            {
                departments[opened.TaskId] = DisplayNames.Assignee(opened.Assignee);
            }
        }
        foreach (var view in events)
        {
            var (at, who, what, detail, decision) = Describe(view.Event, definition, user, departments);
            last = at ?? last;
            // Opinions, objections and notices are free text: a typed ID, phone or account number is masked.
            var name = who == System ? System : user(who);
            entries.Add(new TimelineEntry(view.Sequence, at ?? last, name, what, FreeTextMask.Mask(detail), decision));
        }
        return entries;
    }

    /// <summary>Every event type has its own line (a test reads this switch and fails on a type without one).</summary>
    private static (DateTimeOffset? At, string Who, string What, string? Detail, bool Decision) Describe(WorkflowEvent e, WorkflowDefinition? definition, Func<string?, string> user,
        Dictionary<string, string> departments) => e switch
    {
        InstanceStarted s => (s.At, System, $"案件启动：{definition?.Name ?? s.DefinitionId} 第 {s.DefinitionVersion} 版", null, true),
        TaskOpened t => (t.At, System, $"生成任务：{t.Title}", $"办理人：{DisplayNames.Assignee(t.Assignee)}" + (t.DueAt is { } due ? $"，办理期限 {DisplayNames.Time(due)}" : "")
            + (t.Fallback is { } rule ? $"；规则：{rule}" : ""), false),
        DecisionRecorded d => (d.At, d.Tally is null ? d.ActorId : System, $"办理意见：{DisplayNames.Outcome(d.Outcome)}" + (d.OnBehalfOf is { } absent ? $"（代 {user(absent)} 办理）" : ""), Join(d.Comment, d.Tally is { } tally ? $"规则：{tally.Rule}" : null), true),
        DepartmentReplied r => (r.At, r.ActorId, $"部门回复（{departments.GetValueOrDefault(r.TaskId, "协办部门")}）：{DisplayNames.Outcome(r.Outcome)}", r.Comment, true),
        ObjectionRecorded o => (o.At, o.ActorId, "收到公示异议", o.Text, true),
        TaskCancelled c => (null, System, "任务撤销", c.Reason, false),
        ActivityExecuted { ActivityType: PublicNoticeType } a => (a.At, System, $"公示期满：{NodeName(definition, a.NodeId)}", null, true),
        ActivityExecuted a => (a.At, System, $"完成环节：{NodeName(definition, a.NodeId)}", a.Outcomes.Count > 0 ? "结果：" + string.Join("、", a.Outcomes.Select(DisplayNames.Outcome)) : null, false),
        InstanceFinished f => (f.At, f.ActorId ?? System, $"案件{StatusNames.Of(f.SubStatus)}", Join(f.Reason is { } why ? $"理由：{why}" : null, f.Rule is { } rule ? $"规则：{rule}" : null), true),
        TimerScheduled => (null, System, "设置定时", null, false),
        TimerFired t => (t.At, System, "定时到达", null, false),
        ClockStarted c => (c.At, System, $"开始计时：{c.Unit.Amount(c.LimitWorkingDays)}", $"期限 {DisplayNames.Time(c.DueAt)}", false),
        ClockStopped => (null, System, "停止计时", null, false),
        ClockPaused p => (p.At, p.ActorId, "暂停计时", $"原因：{p.Reason}", true),
        ClockResumed r => (r.At, r.ActorId, "恢复计时", $"新期限 {DisplayNames.Time(r.NewDueAt)}", true),
        DeadlineExtended x => (x.At, x.ApprovedBy, "批准延期", $"新期限 {DisplayNames.Time(x.NewDueAt)}。理由：{x.Reason}", true),
        ClockWarningRaised w => (w.At, System, w.Level == ClockWarning.Red ? "时限预警：已超期" : "时限预警：即将到期", w.Rule is { } rule ? $"规则：{rule}" : null, false),
        ChainStarted c => (null, System, $"开始逐级审批：{NodeName(definition, c.ActivityId)}", null, false),
        ChainEnded c => (null, System, $"逐级审批结束：{DisplayNames.Outcome(c.Outcome)}", null, false),
        FollowUpScheduled f => (null, System, $"安排随访：第 {f.Visit}/{f.Times} 次", $"随访时间 {DisplayNames.Time(f.DueAt)}", false),
        FollowUpVisited f => (null, System, $"完成随访：第 {f.Visits} 次", null, false),
        IncidentRecorded i => (i.At, System, "异常", i.Message, false),
        ScopeOpened => (null, System, "进入流程", null, false),
        ScopeClosed => (null, System, "流程分支结束", null, false),
        ContainerOpened c => (null, System, $"进入子流程：{NodeName(definition, c.ActivityId)}", null, false),
        JoinArrived j => (null, System, $"到达环节：{NodeName(definition, j.ActivityId)}", null, false),
        JoinCleared j => (null, System, $"汇聚完成：{NodeName(definition, j.ActivityId)}", null, false),
        BookmarkCreated { Kind: BookmarkKind.Notice } n => (null, System, "开始公示", n.DueAt is { } end ? $"公示期至 {DisplayNames.Time(end)}" : null, true),
        BookmarkCreated => (null, System, "等待办理", null, false),
        BookmarkRemoved => (null, System, "结束等待", null, false),
        VariableSet v => (null, System, $"记录办理数据：{v.Name}", null, false),
        LineWritten l => (null, System, "告知", l.Text, false),
        EventRaised r => (r.At, System, $"收到事件：{r.Name}", null, false),
        TimerCancelled => (null, System, "取消定时", null, false),
        TaskClaimed c => (c.At, c.ActorId, "认领任务", null, true),
        TaskReleased r => (r.At, r.ActorId, "退回任务池", null, true),
        TaskTransferred t => (t.At, t.ActorId, $"转办给 {user(t.ToUserId)}", t.Reason, true),
        TaskDelegated d => (d.At, d.ActorId, $"委托 {user(d.ToUserId)} 办理", d.Reason, true),
        DelegateAnswered a => (a.At, a.ActorId, $"受托人答复：{DisplayNames.Outcome(a.Outcome)}（交回 {user(a.ReturnedTo)}）", a.Comment, true),
        TaskCopied c => (c.At, c.ActorId, $"抄送：{string.Join("、", c.UserIds.Select(user))}", c.Note, true),
        TaskUrged u => (u.At, u.ActorId, "催办", u.Message, true),
        TaskSupervised s => (s.At, s.ActorId, "督办", s.Reason, true),
        TaskWithdrawn w => (w.At, w.ActorId, "撤回已办任务，重新办理", null, true),
        SignerAdded a => (a.At, a.ActorId, $"加签：{user(a.UserId)}", a.Reason, true),
        SignerRemoved r => (r.At, r.ActorId, $"减签：{user(r.UserId)}", r.Reason, true),
        CoverEnded c => (c.At, c.ActorId, $"结束代理：{user(c.DeputyId)} 不再代为办理", null, false),
        SignerAnswered a => (a.At, a.DeputyId ?? a.UserId, $"会签意见：{DisplayNames.Outcome(a.Outcome)}" + (a.DeputyId is null ? "" : $"（代 {user(a.UserId)} 办理）"), a.Comment, true),
        SupplementRequested r => (r.At, r.ActorId, $"要求补正：{string.Join("、", r.Missing)}", $"{r.AutoCloseDays} 日内未补正的，于 {DisplayNames.Time(r.AutoCloseAt)} 自动结案", true),
        SupplementSupplied s => (s.At, s.ActorId, $"补正材料：{string.Join("、", s.Supplied)}", null, true),
        DeliberationRecorded d => (d.At, d.ActorId, $"集体研究（民主评议）：赞成 {d.VotesFor}，反对 {d.VotesAgainst}，弃权 {d.Abstentions}",
            $"参加人员：{string.Join("、", d.Attendees)}。{d.Minutes}", true),
        _ => (null, System, "系统记录", null, false),
    };

    /// <summary>
    /// The ledger entries the case granted (待遇台账), as the timeline's last lines: what the approval pays, from which
    /// month, and the rule; they carry no time of their own, so they stand at the case's last event.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> WithGrants(IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<Workflow.Casework.Application.Benefits.LedgerEntryView> grants)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(grants);
        var last = timeline.Count == 0 ? null : timeline[^1];
        return [.. timeline, .. grants.Select((g, i) => new TimelineEntry((last?.Sequence ?? 0) + 1 + i, last?.At, System,
            $"待遇发放：{g.ItemName}，月标准 {g.StandardYuan:0.##} 元，自 {g.StartMonth} 起" + (g.StopMonth is { } stop ? $"，{stop} 停发" : ""),
            $"规则：{g.RuleText}" + (g.HeldReason is { } held ? $"；暂缓发放：{held}" : ""), true))];
    }

    /// <summary>
    /// The payments under the case (分期发放, 先行救助, 一事一议, from the sub-case's payment records) as what people did:
    /// who paid, when, how much, with the note; placed among the other lines by time.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> WithPayments(IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<PaymentLine> payments, Func<string?, string> userName)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(userName);
        if (payments.Count == 0)
        {
            return timeline;
        }
        var next = timeline.Count == 0 ? 1 : timeline.Max(e => e.Sequence) + 1;
        var paid = payments.Select((p, i) => new TimelineEntry(next + i, p.PaidAt, userName(p.PaidBy),
            $"{PaymentKinds.NameOf(p.Kind)}：{p.AmountYuan.ToString("#,0.##", CultureInfo.InvariantCulture)} 元",
            FreeTextMask.Mask(string.IsNullOrWhiteSpace(p.Note) ? null : p.Note), true));
        // A stable merge: a payment goes after every line at or before its time, so lines without a time keep their place.
        var merged = new List<TimelineEntry>(timeline);
        foreach (var entry in paid)
        {
            var at = merged.FindLastIndex(e => e.At is { } when && when <= entry.At);
            merged.Insert(at < 0 ? merged.Count : at + 1, entry);
        }
        return merged;
    }

    private const string PublicNoticeType = "Gov.PublicNotice";

    private static string? Join(string? comment, string? rule) => rule is null ? comment : comment is null ? rule : $"{comment}\n{rule}";

    /// <summary>Events name an activity by its node path or, some of them, by its plain id.</summary>
    private static string NodeName(WorkflowDefinition? definition, string id) =>
        definition is null ? id
        : definition.NodesById.TryGetValue(id, out var node) ? node.DisplayName
        : definition.NodesById.Values.FirstOrDefault(n => n.Id == id)?.DisplayName ?? id;
}
