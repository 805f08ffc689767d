using System.Text.Json;
using Workflow.Engine.Messaging;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Runtime.Commands;
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
        await h.AssertReplayMatches();
    }
}
