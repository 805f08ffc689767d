using System.Text.Json;
using Workflow.Engine.Messaging;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>催办, 抄送, 督办 and 民主评议.</summary>
public sealed class NoticeAndEvidenceTests
{
    private static readonly Actor Officer = Actor.User("li", ["民政办"], [Flows.Township]);

    private static Task<(Harness Harness, string TaskId)> Opened() =>
        Flows.OpenedAsync(Flows.OneStep(), new FakeOrganisation().With("民政办", Flows.Township, "li", "zhao"));

    [Fact]
    public async Task Urge_RecordsTheEvent_AndNotifiesTheCandidatesThroughTheOutbox()
    {
        var (h, taskId) = await Opened();
        var urged = await h.Run(new UrgeTask("case-1", taskId, Actor.User("window"), "群众多次来电，请尽快办理"));
        Assert.True(urged.IsAccepted, urged.Rejection?.ToString());
        Assert.Equal("window", Assert.Single(urged.Events.OfType<TaskUrged>()).ActorId);

        var message = (await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Single(m => m.MessageType == OutboxPlanner.TaskUrgedType);
        Assert.Equal(OutboxPlanner.TaskUrgedType, message.MessageType);
        var body = JsonSerializer.Deserialize<TaskUrgedNotice>(message.Body, OutboxPlanner.Json)!;
        Assert.Equal(["li", "zhao"], body.Recipients);
        Assert.Equal("群众多次来电，请尽快办理", body.Message);

        Assert.True((await h.Run(new ClaimTask("case-1", taskId, Actor.User("li")))).IsAccepted);
        var self = await h.Run(new UrgeTask("case-1", taskId, Actor.User("li"), "催自己"));
        Assert.Equal(RejectionType.Forbidden, self.Rejection!.Type);
        var empty = await h.Run(new UrgeTask("case-1", taskId, Actor.User("window"), ""));
        Assert.Equal("message", empty.Rejection!.Field);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Copy_StoresReadOnlyRecipientsOnTheTask()
    {
        var (h, taskId) = await Opened();
        var copied = await h.Run(new CopyTask("case-1", taskId, Actor.User("li"), ["chief", "audit", "chief"], "请知悉"));
        Assert.True(copied.IsAccepted, copied.Rejection?.ToString());
        Assert.Equal(["chief", "audit"], copied.Instance!.Tasks[taskId].Copies);

        var reader = await h.Run(new RecordDecision("case-1", taskId, Actor.User("chief"), "approve", null));
        Assert.Equal(RejectionType.Forbidden, reader.Rejection!.Type);
        var outsider = await h.Run(new CopyTask("case-1", taskId, Actor.User("chief"), ["x"]));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        var none = await h.Run(new CopyTask("case-1", taskId, Actor.User("li"), []));
        Assert.Equal("userIds", none.Rejection!.Field);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Supervise_OnlyWhenOverdue_FromAbove_NamingHandlerAndSuperior()
    {
        var (h, taskId) = await Opened();
        var district = Actor.User("boss", ["区民政局"], [Flows.District]);
        var early = await h.Run(new SuperviseTask("case-1", taskId, district, "超期未办"));
        Assert.Equal(RejectionType.InvalidState, early.Rejection!.Type);
        Assert.True((await h.Run(new ClaimTask("case-1", taskId, Actor.User("li")))).IsAccepted);

        h.Time.Advance(TimeSpan.FromDays(10));
        var peer = await h.Run(new SuperviseTask("case-1", taskId, Actor.User("peer", ["民政办"], [Flows.Township]), "超期未办"));
        Assert.Equal(RejectionType.Forbidden, peer.Rejection!.Type);
        // A sibling district whose code shares a prefix once zeros are trimmed (500110 vs 500113) is not above.
        var sibling = await h.Run(new SuperviseTask("case-1", taskId, Actor.User("qijiang", ["区民政局"], ["500110000000"]), "超期未办"));
        Assert.Equal(RejectionType.Forbidden, sibling.Rejection!.Type);
        var noReason = await h.Run(new SuperviseTask("case-1", taskId, district, ""));
        Assert.Equal("reason", noReason.Rejection!.Field);

        var supervised = await h.Run(new SuperviseTask("case-1", taskId, district, "超期未办"));
        Assert.True(supervised.IsAccepted, supervised.Rejection?.ToString());
        var e = Assert.Single(supervised.Events.OfType<TaskSupervised>());
        Assert.Equal(("li", Flows.District), (e.HandlerId, e.SuperiorDivisionCode));
        var message = (await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Single(m => m.MessageType == OutboxPlanner.TaskSupervisedType);
        var body = JsonSerializer.Deserialize<TaskSupervisedNotice>(message.Body, OutboxPlanner.Json)!;
        Assert.Contains("办理人 li", body.Text);
        Assert.Contains("上级 " + Flows.District, body.Text);
        Assert.Equal(["li"], body.Recipients);
        Assert.Equal(NoticeOpenTo.None, body.OpenTo);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Supervise_OfficeTaskWithNoCandidates_IsOpenToThePostInItsDivision()
    {
        var (h, taskId) = await Flows.OpenedAsync(Flows.OneStep(), new FakeOrganisation());
        h.Time.Advance(TimeSpan.FromDays(10));

        var supervised = await h.Run(new SuperviseTask("case-1", taskId, Actor.User("boss", ["区民政局"], [Flows.District]), "超期未办"));

        Assert.True(supervised.IsAccepted, supervised.Rejection?.ToString());
        var message = (await h.Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Single(m => m.MessageType == OutboxPlanner.TaskSupervisedType);
        var body = JsonSerializer.Deserialize<TaskSupervisedNotice>(message.Body, OutboxPlanner.Json)!;
        Assert.Empty(body.Recipients);
        Assert.Equal((NoticeOpenTo.Post, "民政办", Flows.Township), (body.OpenTo, body.Post, body.DivisionCode));
    }

    [Fact]
    public async Task Deliberation_IsKeptOnTheTaskAsEvidence()
    {
        var (h, taskId) = await Opened();
        var recorded = await h.Run(new RecordDeliberation("case-1", taskId, Officer, ["张", "王", "李", "赵", "刘"], 4, 1, 0, "经评议，家庭收入低于标准。"));
        Assert.True(recorded.IsAccepted, recorded.Rejection?.ToString());
        var kept = Assert.Single(recorded.Instance!.Tasks[taskId].Deliberations);
        Assert.Equal((4, 1, 0, "li"), (kept.VotesFor, kept.VotesAgainst, kept.Abstentions, kept.ActorId));

        var tooMany = await h.Run(new RecordDeliberation("case-1", taskId, Officer, ["张"], 2, 0, 0, "x"));
        Assert.Equal("votes", tooMany.Rejection!.Field);
        var noAttendees = await h.Run(new RecordDeliberation("case-1", taskId, Officer, [], 0, 0, 0, "x"));
        Assert.Equal("attendees", noAttendees.Rejection!.Field);
        var noMinutes = await h.Run(new RecordDeliberation("case-1", taskId, Officer, ["张"], 1, 0, 0, " "));
        Assert.Equal("minutes", noMinutes.Rejection!.Field);
        var outsider = await h.Run(new RecordDeliberation("case-1", taskId, Actor.User("x"), ["张"], 1, 0, 0, "x"));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        await h.AssertReplayMatches();
    }
}
