using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Casework;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Messages;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Messages;

/// <summary>
/// Turns the engine's published notices into message-centre rows, one per recipient, in Chinese and with free text
/// masked. Each notice's key comes from the notice itself (task, actor and time), so a redelivery writes nothing new.
/// </summary>
public sealed class NoticeWriter(MessageStore store, MessageRecipients recipients, CaseworkStore casework)
{
    public Task<int> ArrivedAsync(TaskArrivedNotice n, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(n);
        return WriteAsync($"task-arrived:{n.TaskId}", MessageKinds.ToDo, $"新待办：{n.Title}", $"「{n.Title}」已到达您的待办{Due(n.DueAt)}。",
            n.InstanceId, n.TaskId, null, n.At, recipients.Of(n.Recipients, n.OpenTo, n.Post, n.DivisionCode, n.DepartmentCode), cancellationToken);
    }

    public Task<int> UrgedAsync(TaskUrgedNotice n, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(n);
        return WriteAsync($"task-urged:{n.TaskId}:{Stamp(n.At)}:{n.UrgedBy}", MessageKinds.Urge, $"催办：{n.Title}",
            $"{recipients.NameOf(n.UrgedBy)} 催办「{n.Title}」：{FreeTextMask.Mask(n.Message)}{Due(n.DueAt)}。",
            n.InstanceId, n.TaskId, null, n.At, recipients.Of(n.Recipients, n.OpenTo, n.Post, n.DivisionCode, n.DepartmentCode), cancellationToken);
    }

    public Task<int> SupervisedAsync(TaskSupervisedNotice n, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(n);
        // A notice written before OpenTo existed told its named people, or else the handler.
        var to = n.OpenTo is not null ? recipients.Of(n.Recipients, n.OpenTo, n.Post, n.DivisionCode, n.DepartmentCode)
            : n.Recipients.Count > 0 ? n.Recipients : n.Handler is { } handler ? [handler] : [];
        return WriteAsync($"task-supervised:{n.TaskId}:{Stamp(n.At)}:{n.SupervisedBy}", MessageKinds.Supervise, $"督办：{n.Title}",
            $"{recipients.NameOf(n.SupervisedBy)} 督办已超期的「{n.Title}」：{FreeTextMask.Mask(n.Reason)}{Due(n.DueAt)}。",
            n.InstanceId, n.TaskId, null, n.At, to, cancellationToken);
    }

    public Task<int> CopiedAsync(TaskCopiedNotice n, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(n);
        var note = string.IsNullOrWhiteSpace(n.Note) ? "" : "：" + FreeTextMask.Mask(n.Note);
        return WriteAsync($"task-copied:{n.TaskId}:{Stamp(n.At)}:{n.CopiedBy}", MessageKinds.Copy, $"抄送：{n.Title}",
            $"{recipients.NameOf(n.CopiedBy)} 将「{n.Title}」抄送给您{note}。", n.InstanceId, n.TaskId, null, n.At, n.Recipients, cancellationToken);
    }

    public Task<int> WarningAsync(ClockWarningNotice n, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(n);
        var red = n.Level == "Red";
        var what = n.TaskId is null ? $"案件办结时限（当前步骤「{n.Title}」）" : $"「{n.Title}」";
        var body = red ? $"{what}已超过办理期限 {Day(n.DueAt)}，请立即办理。" : $"{what}即将到期，办理期限 {Day(n.DueAt)}，请尽快办理。";
        // The case's clock writes one notice per open task (OpenTaskId), each its own key, as its outbox id.
        var key = $"clock-warning:{n.InstanceId}:{n.ClockId}:{n.Level}:{Stamp(n.At)}{(n.OpenTaskId is { } open ? ":" + open : "")}";
        return WriteAsync(key, red ? MessageKinds.ClockRed : MessageKinds.ClockYellow,
            $"{(red ? "红牌超期" : "黄牌预警")}：{n.Title}", body, n.InstanceId, n.TaskId ?? n.OpenTaskId, null, n.At,
            recipients.Of(n.Recipients, n.OpenTo, n.Post, n.DivisionCode, n.DepartmentCode), cancellationToken);
    }

    /// <summary>A sub-case of an application finished: its result goes back to the window that accepted it.</summary>
    public async Task<int> ResultAsync(WorkflowFinished n, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(n);
        if (await casework.FindItemByInstanceAsync(n.InstanceId, cancellationToken).ConfigureAwait(false) is not { } item
            || await casework.GetApplicationAsync(item.ApplicationId, cancellationToken).ConfigureAwait(false) is not { } application)
        {
            return 0;
        }
        var itemName = ServiceCatalogue.Builtin.Find(item.ItemCode)?.Name ?? "审批事项";
        var result = ResultNames.NameOf(ResultNames.Of(new Dictionary<string, JsonNode?> { ["result"] = n.Result }, n.SubStatus)) ?? "已办结";
        var to = recipients.WindowClerks(application.WindowDivision).Append(application.CreatedBy).ToList();
        return await WriteAsync($"workflow-finished:{n.InstanceId}", MessageKinds.Result, $"办理结果：{itemName}",
            $"受理编号 {application.CaseNumber} 的「{itemName}」已办结，结果：{result}。请告知申请人并办理出件。",
            n.InstanceId, null, application.Id, n.At, to, cancellationToken).ConfigureAwait(false);
    }

    private Task<int> WriteAsync(string key, string kind, string title, string body, string? instanceId, string? taskId, string? applicationId,
        DateTimeOffset at, IReadOnlyList<string> to, CancellationToken cancellationToken) =>
        store.AddAsync(new MessageRecord("", key, "", kind, title, body, instanceId, taskId, applicationId, at, null), to, cancellationToken);

    private static string Due(DateTimeOffset? due) => due is { } d ? $"，办理期限 {Day(d)}" : "";

    private static string Day(DateTimeOffset at) => ChinaTime.DayOf(at).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Stamp(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
