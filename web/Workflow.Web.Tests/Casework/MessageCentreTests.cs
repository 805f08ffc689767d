using System.Net;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Messages;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Messages;
using Workflow.Testing;
using Workflow.Web.Hosting.Demo;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>
/// The message centre (issue 12): the bus consumer writes one row per recipient and a redelivery nothing more, on
/// MassTransit's test harness; the API shows each user only their own messages and marks them read.
/// </summary>
public sealed class MessageCentreTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task Consumer_UrgeOfAnUnclaimedTask_WritesOneRowPerPostHolder_EvenWhenDeliveredTwice(string kind)
    {
        await using var db = await MigratedDatabase.OpenAsync(kind);
        var store = new MessageStore(db.Database);
        var directory = new CaseworkDirectory();
        directory.Use(DemoOrganisation.Build(), 1);
        var writer = new NoticeWriter(store, new MessageRecipients(directory), new CaseworkStore(db.Database, new FakeTimeProvider(Now)));
        var urged = new TaskUrgedNotice("case-1-1", "case-1", "乡镇审核", "群众来电 13800000000 催问", "wangfang", [], "民政办", DemoOrganisation.Jieshi,
            null, Now.AddDays(3), Now);
        var copied = new TaskCopiedNotice("case-1-1", "case-1", "乡镇审核", "zhangwei", ["liuqiang"], null, Now);

        await using var bus = new ServiceCollection().AddSingleton(writer)
            .AddMassTransitTestHarness(x => x.AddConsumer<MessageCentreConsumer, MessageCentreConsumerDefinition>()).BuildServiceProvider(true);
        var harness = bus.GetRequiredService<ITestHarness>();
        await harness.Start();
        await harness.Bus.Publish(urged);
        await harness.Bus.Publish(urged);
        await harness.Bus.Publish(copied);
        Assert.True(await harness.GetConsumerHarness<MessageCentreConsumer>().Consumed.Any<TaskCopiedNotice>());
        Assert.Equal(2, await harness.GetConsumerHarness<MessageCentreConsumer>().Consumed.SelectAsync<TaskUrgedNotice>().Count());

        var zhangwei = Assert.Single((await store.PageAsync("zhangwei", 1, 20)).Messages);
        Assert.Equal((MessageKinds.Urge, "催办：乡镇审核", "case-1-1"), (zhangwei.Kind, zhangwei.Title, zhangwei.TaskId));
        Assert.StartsWith("王芳 催办「乡镇审核」", zhangwei.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000000", zhangwei.Body, StringComparison.Ordinal);
        Assert.Contains("2026年3月5日", zhangwei.Body, StringComparison.Ordinal);
        var copy = Assert.Single((await store.PageAsync("liuqiang", 1, 20)).Messages);
        Assert.Equal(("抄送：乡镇审核", "张伟 将「乡镇审核」抄送给您。"), (copy.Title, copy.Body));
        Assert.Equal(0, await store.CountUnreadAsync("wangfang"));
    }

    [Fact]
    public async Task Writer_SupervisedOfficeTaskAndCaseClockPerTask_TellEveryOfficeOnce()
    {
        await using var db = await MigratedDatabase.OpenAsync("sqlite");
        var store = new MessageStore(db.Database);
        var directory = new CaseworkDirectory();
        directory.Use(DemoOrganisation.Build(), 1);
        var writer = new NoticeWriter(store, new MessageRecipients(directory), new CaseworkStore(db.Database, new FakeTimeProvider(Now)));
        var supervised = new TaskSupervisedNotice("case-1-1", "case-1", "乡镇审核", "超期未办", "lp-district", null, DemoOrganisation.Jieshi,
            DemoOrganisation.Banan, "督办", Now, Now)
        { Post = "民政办", OpenTo = NoticeOpenTo.Post };
        ClockWarningNotice Red(string taskId, string openTo, IReadOnlyList<string> named, string? department = null) =>
            new("case", "case-1", null, "乡镇审核", "Red", named, "民政办", department is null ? DemoOrganisation.Jieshi : DemoOrganisation.Banan, Now, Now)
            { OpenTo = openTo, OpenTaskId = taskId, DepartmentCode = department };

        Assert.True(await writer.SupervisedAsync(supervised, default) > 0);
        await writer.WarningAsync(Red("case-1-1", NoticeOpenTo.Post, []), default);
        await writer.WarningAsync(Red("case-1-2", NoticeOpenTo.Department, [], "district-dpf"), default);
        await writer.WarningAsync(Red("case-1-2", NoticeOpenTo.Department, [], "district-dpf"), default);

        var zhangwei = (await store.PageAsync("zhangwei", 1, 20)).Messages;
        Assert.Equal([MessageKinds.ClockRed, MessageKinds.Supervise], zhangwei.Select(m => m.Kind).Order(StringComparer.Ordinal));
        Assert.Equal("case-1-1", zhangwei.Single(m => m.Kind == MessageKinds.ClockRed).TaskId);
        var zhouli = Assert.Single((await store.PageAsync("zhouli", 1, 20)).Messages);
        Assert.Equal((MessageKinds.ClockRed, "case-1-2"), (zhouli.Kind, zhouli.TaskId));
    }

    [Fact]
    public async Task MessagesApi_OnlyTheRecipient_SeesAndMarksAMessage()
    {
        var api = factory.CreateClient();
        var store = factory.Services.GetRequiredService<MessageStore>();
        var key = "test-" + Guid.NewGuid().ToString("N");
        await store.AddAsync(new MessageRecord("", key, "", MessageKinds.ToDo, "新待办：乡镇审核", "「乡镇审核」已到达您的待办。", "case-9", "case-9-1", null,
            Now, null), [TestActor.TownshipReviewer.User]);
        var id = MessageStore.IdOf(key, TestActor.TownshipReviewer.User);

        var mine = await (await api.GetAsAsync("/api/messages", TestActor.TownshipReviewer)).ReadJsonAsync();
        var others = await (await api.GetAsAsync("/api/messages", TestActor.WindowClerk)).ReadJsonAsync();
        var byOther = await api.PostJsonAsync($"/api/messages/{id}/read", new { }, TestActor.WindowClerk);
        var unreadBefore = await (await api.GetAsAsync("/api/messages/unread-count", TestActor.TownshipReviewer)).ReadJsonAsync();
        var read = await api.PostJsonAsync($"/api/messages/{id}/read", new { }, TestActor.TownshipReviewer);
        var unreadAfter = await (await api.GetAsAsync("/api/messages/unread-count", TestActor.TownshipReviewer)).ReadJsonAsync();

        var message = mine["messages"]!.AsArray().Single(m => (string?)m!["id"] == id)!;
        Assert.Equal(("待办", "/tasks/case-9/case-9-1", false), ((string?)message["kindName"], (string?)message["link"], (bool)message["read"]!));
        Assert.DoesNotContain(others["messages"]!.AsArray(), m => (string?)m!["id"] == id);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(1, (int)unreadBefore["unread"]! - (int)unreadAfter["unread"]!);
    }

    [Fact]
    public async Task MessagesApi_ReadAll_LeavesNothingUnread_AndThePageShowsTheCount()
    {
        var api = factory.CreateClient();
        var store = factory.Services.GetRequiredService<MessageStore>();
        foreach (var n in new[] { "a", "b" })
        {
            await store.AddAsync(new MessageRecord("", $"all-{n}-{Guid.NewGuid():N}", "", MessageKinds.Urge, "催办：入户调查", "请尽快办理。", "case-8", "case-8-1", null,
                Now, null), [TestActor.VillageAssistant.User]);
        }

        var session = await Ui.PageSession.SignInAsync(factory, TestActor.VillageAssistant);
        var page = await session.HtmlAsync("/messages");
        var inbox = await session.HtmlAsync("/inbox");
        var all = await api.PostJsonAsync("/api/messages/read-all", new { }, TestActor.VillageAssistant);
        var unread = await (await api.GetAsAsync("/api/messages/unread-count", TestActor.VillageAssistant)).ReadJsonAsync();

        Assert.Contains("消息中心", page, StringComparison.Ordinal);
        Assert.Contains("催办：入户调查", page, StringComparison.Ordinal);
        Assert.Contains("id=\"unread-count\"", inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(0, (int)unread["unread"]!);
    }
}
