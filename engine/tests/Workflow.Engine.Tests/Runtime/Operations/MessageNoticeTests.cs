using System.Text.Json;
using Workflow.Engine.Messaging;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>Issue 12: the notices the message centre reads are written to the outbox with the command that caused them.</summary>
public sealed class MessageNoticeTests
{
    private static Task<(Harness Harness, string TaskId)> Opened() =>
        Flows.OpenedAsync(Flows.OneStep(), new FakeOrganisation().With("民政办", Flows.Township, "li", "zhao"));

    [Fact]
    public async Task OpenedTask_PublishesTaskArrived_ToItsCandidates()
    {
        var (h, taskId) = await Opened();

        var message = (await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Single(m => m.MessageType == OutboxPlanner.TaskArrivedType);

        Assert.Equal($"task-arrived:{taskId}", message.MessageId);
        Assert.Null(message.Destination);
        var body = JsonSerializer.Deserialize<TaskArrivedNotice>(message.Body, OutboxPlanner.Json)!;
        Assert.Equal(["li", "zhao"], body.Recipients);
        Assert.Equal(("民政办", Flows.Township), (body.Post, body.DivisionCode));
    }

    [Fact]
    public async Task Copy_PublishesTaskCopied_OncePerRecipient()
    {
        var (h, taskId) = await Opened();
        await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default);

        var copied = await h.Run(new CopyTask("case-1", taskId, Actor.User("li"), ["chief", "audit", "chief"], "请知悉"));

        Assert.True(copied.IsAccepted, copied.Rejection?.ToString());
        var message = Assert.Single(await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default));
        Assert.Equal(OutboxPlanner.TaskCopiedType, message.MessageType);
        var body = JsonSerializer.Deserialize<TaskCopiedNotice>(message.Body, OutboxPlanner.Json)!;
        Assert.Equal(["chief", "audit"], body.Recipients);
        Assert.Equal(("li", "请知悉"), (body.CopiedBy, body.Note));
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task ClockTurningRed_PublishesClockWarning_ToTheHolder()
    {
        var (h, taskId) = await Opened();
        Assert.True((await h.Run(new ClaimTask("case-1", taskId, Actor.User("li")))).IsAccepted);
        await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default);
        var red = (await h.View()).Timers.Values.Where(t => t.ClockId == taskId).OrderBy(t => t.DueAt).Last();

        h.Time.Advance(red.DueAt - h.Time.GetUtcNow());
        var fired = await h.Run(new FireTimer("case-1", red.TimerId));

        Assert.True(fired.IsAccepted, fired.Rejection?.ToString());
        var message = Assert.Single(await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default), m => m.MessageType == OutboxPlanner.ClockWarningType);
        var body = JsonSerializer.Deserialize<ClockWarningNotice>(message.Body, OutboxPlanner.Json)!;
        Assert.Equal(("Red", taskId, "乡镇审核"), (body.Level, body.TaskId, body.Title));
        Assert.Equal(["li"], body.Recipients);
        Assert.Null(body.OpenTaskId);
        Assert.Equal($"clock-warning:case-1:{taskId}:Red:{red.DueAt.UtcTicks}", message.MessageId);
        await h.AssertReplayMatches();
    }

    private static TaskOpened Opened(TaskAssignee assignee, IReadOnlyList<Candidate> candidates, string? fallback = null, TaskKind kind = TaskKind.Approval) =>
        new("case-1-1", "bm-1", "root", "act", kind, "乡镇审核", assignee, ["approve"], [], null, null, null, DateTimeOffset.UnixEpoch)
        {
            Candidates = candidates,
            Fallback = fallback,
        };

    private static TaskArrivedNotice Arrived(TaskOpened opened) => JsonSerializer.Deserialize<TaskArrivedNotice>(
        OutboxPlanner.Plan("case-1", [opened]).Single(m => m.MessageType == OutboxPlanner.TaskArrivedType).Body, OutboxPlanner.Json)!;

    [Fact]
    public void TaskArrived_FallbackWithNoCandidates_IsOpenToNobody()
    {
        var body = Arrived(Opened(new TaskAssignee("民政办", "township", Flows.Township, null, null), [], fallback: "回避：无人可办"));

        Assert.Empty(body.Recipients);
        Assert.Equal(NoticeOpenTo.None, body.OpenTo);
    }

    [Fact]
    public void TaskArrived_DepartmentTask_IsOpenToTheDepartment_BesideItsQueueMessage()
    {
        var opened = Opened(new TaskAssignee(null, "district", "500113000000", "district-education", "区教育局"), [], kind: TaskKind.Referral);

        var body = Arrived(opened);

        Assert.Contains(OutboxPlanner.Plan("case-1", [opened]), m => m.MessageType == nameof(TaskAssigned));
        Assert.Equal((NoticeOpenTo.Department, "district-education"), (body.OpenTo, body.DepartmentCode));
    }

    [Fact]
    public void TaskArrived_TaskWithCandidates_NamesThemAndOpensToNoOffice()
    {
        var body = Arrived(Opened(new TaskAssignee("民政办", "township", Flows.Township, null, null), [new("li", "岗位"), new("zhao", "岗位")]));

        Assert.Equal(["li", "zhao"], body.Recipients);
        Assert.Equal(NoticeOpenTo.None, body.OpenTo);
    }

    [Fact]
    public void ClockWarning_CaseClockWithTwoOpenOfficeTasks_WritesOneNoticePerTaskToEachOffice()
    {
        var instance = new InstanceState { InstanceId = "case-1" };
        var post = Opened(new TaskAssignee("民政办", "township", Flows.Township, null, null), []);
        var department = Opened(new TaskAssignee(null, "district", "500113000000", "district-education", "区教育局"), [], kind: TaskKind.Referral)
            with { TaskId = "case-1-2" };
        instance.TasksMutable[post.TaskId] = new TaskState { Opened = post };
        instance.TasksMutable[department.TaskId] = new TaskState { Opened = department };
        var red = new ClockWarningRaised("case", ClockWarning.Red, DateTimeOffset.UnixEpoch.AddDays(30), DateTimeOffset.UnixEpoch.AddDays(31));

        var messages = OutboxPlanner.Plan("case-1", [red], instance);

        var bodies = messages.Select(m => JsonSerializer.Deserialize<ClockWarningNotice>(m.Body, OutboxPlanner.Json)!).ToList();
        Assert.Equal(["case-1-1", "case-1-2"], bodies.Select(b => b.OpenTaskId));
        Assert.All(bodies, b => Assert.Null(b.TaskId));
        Assert.Equal((NoticeOpenTo.Post, "民政办", Flows.Township), (bodies[0].OpenTo, bodies[0].Post, bodies[0].DivisionCode));
        Assert.Equal((NoticeOpenTo.Department, "district-education"), (bodies[1].OpenTo, bodies[1].DepartmentCode));
        Assert.Equal(messages.Count, messages.Select(m => m.MessageId).Distinct().Count());
        Assert.All(messages, m => Assert.StartsWith($"clock-warning:case-1:case:Red:{DateTimeOffset.UnixEpoch.AddDays(31).UtcTicks}:", m.MessageId, StringComparison.Ordinal));
        Assert.Equal(messages.Select(m => m.MessageId), OutboxPlanner.Plan("case-1", [red], instance).Select(m => m.MessageId));
    }

    [Fact]
    public void ClockWarning_CaseClockWithNoOpenTask_WritesNothing()
    {
        var instance = new InstanceState { InstanceId = "case-1" };

        var messages = OutboxPlanner.Plan("case-1", [new ClockWarningRaised("case", ClockWarning.Yellow, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)], instance);

        Assert.Empty(messages);
    }
}
