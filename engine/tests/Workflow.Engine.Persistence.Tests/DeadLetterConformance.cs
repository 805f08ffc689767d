using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Poison work parked as dead letters: out of every claim, listed and counted, and put back as it was by a retry.</summary>
public abstract class DeadLetterConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    [Fact]
    public async Task DeadLetters_ParkedTimer_LeavesTheClaims_UntilRetried()
    {
        var view = await Host.StartAsync("notice-1", "notice-only");
        var timer = view.Timers.Values.Single();
        var letters = new DeadLetterStore(Db.Main, Time);
        var later = Time.GetUtcNow() + TimeSpan.FromDays(30);

        await letters.ParkTimerAsync("notice-1", timer.TimerId, "InvalidInput: refused", 3, default);
        var whileParked = await Store.ClaimDueAsync(later, 10, TimeSpan.FromMinutes(1), default);
        var parked = Assert.Single(await letters.ListAsync(10, default));
        var retried = await letters.RetryAsync(parked.Id, default);
        var afterRetry = await Store.ClaimDueAsync(later, 10, TimeSpan.FromMinutes(1), default);

        Assert.Empty(whileParked);
        Assert.Equal(("timer", $"notice-1/{timer.TimerId}", "notice-1", 3), (parked.Kind, parked.SourceId, parked.InstanceId, parked.Attempts));
        Assert.True(retried);
        Assert.Equal(timer.TimerId, Assert.Single(afterRetry).TimerId);
        Assert.Equal(0, await letters.CountAsync(default));
        Assert.False(await letters.RetryAsync(parked.Id, default));
    }

    [Fact]
    public async Task DeadLetters_ParkedMessage_IsNotSent_UntilRetried()
    {
        await Host.StartAsync("case-1");
        // The township step's 待办 notice (issue 12) goes out first.
        await Store.MarkSentAsync((await Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Select(m => m.Id).ToList(), default);
        await Host.ApproveAsync("case-1", EngineHost.TownshipOfficer);
        var letters = new DeadLetterStore(Db.Main, Time);
        // The referral's message to the department is parked; its officers' 待办 notice goes out.
        var claimed = await Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default);
        var message = Assert.Single(claimed, m => m.MessageType == "TaskAssigned");
        await Store.MarkSentAsync(claimed.Where(m => m.Id != message.Id).Select(m => m.Id).ToList(), default);

        await letters.ParkOutboxAsync(message.Id, message.InstanceId, "Unknown contract 'X'", default);
        Time.Advance(TimeSpan.FromMinutes(2));
        var whileParked = await Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default);
        var count = await letters.CountAsync(default);
        await letters.RetryAsync(Assert.Single(await letters.ListAsync(10, default)).Id, default);

        Assert.Empty(whileParked);
        Assert.Equal(1, count);
        Assert.Equal(message.Id, Assert.Single(await Store.ClaimAsync(10, TimeSpan.FromMinutes(1), default)).Id);
    }
}
