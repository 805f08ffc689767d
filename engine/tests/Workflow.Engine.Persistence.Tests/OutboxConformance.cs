using System.Text.Json;
using Workflow.Engine.Messaging;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Outbox rows: written with the referral, claimed by one relay, leased, re-claimable after a crash, marked sent.</summary>
public abstract class OutboxConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    [Fact]
    public async Task Outbox_ReferralMessage_IsClaimedOnceLeasedThenMarkedSent()
    {
        await Host.StartAsync("case-1");
        var lease = TimeSpan.FromMinutes(1);
        // The township step's 待办 notice (issue 12's message centre) goes out first.
        await Store.MarkSentAsync((await Store.ClaimAsync(10, lease, default)).Select(m => m.Id).ToList(), default);
        Assert.Null(await Store.OldestUnsentAgeAsync(default));
        await Host.ApproveAsync("case-1", EngineHost.TownshipOfficer);
        var other = SecondStore();

        var claims = await Task.WhenAll(Task.Run(() => Store.ClaimAsync(10, lease, default)), Task.Run(() => other.ClaimAsync(10, lease, default)));

        // The referral goes to the department's queue, and its officers get a 待办 notice in the message centre.
        var claimed = claims.SelectMany(c => c).ToList();
        Assert.Equal([nameof(TaskAssigned), OutboxPlanner.TaskArrivedType], claimed.OrderBy(m => m.Id).Select(m => m.MessageType));
        var message = claimed.Single(m => m.MessageType == nameof(TaskAssigned));
        Assert.Equal((nameof(TaskAssigned), "dept.district-education", "case-1"), (message.MessageType, message.Destination, message.InstanceId));
        var body = JsonSerializer.Deserialize<TaskAssigned>(message.Body, OutboxPlanner.Json)!;
        Assert.Equal((TestDepartments.Education, TestDivisions.District), (body.DepartmentCode, body.DivisionCode));
        Assert.Empty(await Store.ClaimAsync(10, lease, default));
        Assert.Equal(TimeSpan.Zero, await Store.OldestUnsentAgeAsync(default));

        // The relay that claimed it died: once the lease is over, another relay sends it.
        Time.Advance(lease + TimeSpan.FromSeconds(1));
        Assert.Equal(lease + TimeSpan.FromSeconds(1), await Store.OldestUnsentAgeAsync(default));
        var reclaimed = await other.ClaimAsync(10, lease, default);
        var again = Assert.Single(reclaimed, m => m.MessageType == nameof(TaskAssigned));
        Assert.Equal((message.Id, message.MessageId), (again.Id, again.MessageId));
        await other.MarkSentAsync(reclaimed.Select(m => m.Id).ToList(), default);

        Time.Advance(lease * 2);
        Assert.Empty(await Store.ClaimAsync(10, lease, default));
        Assert.Null(await Store.OldestUnsentAgeAsync(default));
        Assert.Equal(1, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_outbox WHERE sent_at IS NOT NULL AND message_type = 'TaskAssigned'"));
    }

    [Fact]
    public async Task Outbox_ManyMessages_ComeInIdOrderUpToMax()
    {
        for (var i = 0; i < 5; i++)
        {
            await Host.StartAsync($"case-{i}");
            await Host.ApproveAsync($"case-{i}", EngineHost.TownshipOfficer);
        }

        var first = await Store.ClaimAsync(3, TimeSpan.FromMinutes(1), default);
        var rest = await Store.ClaimAsync(100, TimeSpan.FromMinutes(1), default);

        // Each case wrote three: the township step's 待办 (issue 12), the referral to the department and its 待办.
        Assert.Equal(3, first.Count);
        Assert.Equal(12, rest.Count);
        var ids = first.Concat(rest).Select(m => m.Id).ToList();
        Assert.Equal(ids.Order(), ids);
        await Store.MarkSentAsync(ids, default);
        Assert.Null(await Store.OldestUnsentAgeAsync(default));
    }
}
