using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Timer rows: claimed once across hosts, leased, gone when fired, claimable again when a lease runs out.</summary>
public abstract class TimerConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    [Fact]
    public async Task Timers_TwoHostsClaimingAtOnce_GetEachDueTimerExactlyOnce()
    {
        const int Cases = 40;
        for (var i = 0; i < Cases; i++)
        {
            await Host.StartAsync($"notice-{i:D2}", "notice-only");
        }
        var lease = TimeSpan.FromMinutes(5);
        Assert.Empty(await Store.ClaimDueAsync(Time.GetUtcNow(), 100, lease, default));

        Time.Advance(TimeSpan.FromDays(8));
        var now = Time.GetUtcNow();
        var other = SecondStore();
        var claims = await Task.WhenAll(Task.Run(() => DrainAsync(Store, now, lease)), Task.Run(() => DrainAsync(other, now, lease)));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(Cases, all.Count);
        Assert.Equal(Cases, all.Select(t => (t.InstanceId, t.TimerId)).Distinct().Count());
        Assert.Empty(await other.ClaimDueAsync(now, 100, lease, default));

        // Half fire; the rest belong to a host that died: their lease runs out and they come back, once.
        var fired = all.Where((_, i) => i % 2 == 0).ToList();
        foreach (var timer in fired)
        {
            var result = await Host.Run(new FireTimer(timer.InstanceId, timer.TimerId));
            Assert.True(result.IsAccepted, result.Rejection?.ToString());
            Assert.Equal(["公示结束"], result.Instance!.Lines);
        }
        Time.Advance(lease + TimeSpan.FromSeconds(1));
        var reclaimed = await DrainAsync(other, Time.GetUtcNow(), lease);

        Assert.Equal(all.Except(fired).Select(t => t.TimerId).Order(), reclaimed.Select(t => t.TimerId).Order());
        Assert.Equal(Cases - fired.Count, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_timers"));
    }

    [Fact]
    public async Task Timers_FiredTimer_IsStaleWhenFiredAgain()
    {
        var view = await Host.StartAsync("notice-1", "notice-only");
        var timer = view.Timers.Values.Single();
        Time.Advance(TimeSpan.FromDays(7));

        Assert.True((await Host.Run(new FireTimer("notice-1", timer.TimerId))).IsAccepted);
        var again = await new EngineHost(SecondStore(), Time).Run(new FireTimer("notice-1", timer.TimerId));

        Assert.Equal(Runtime.Rejections.RejectionType.InvalidState, again.Rejection!.Type);
        Assert.Contains("stale", again.Rejection.Message);
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_timers"));
    }

    private static async Task<List<DueTimer>> DrainAsync(ITimerStore store, DateTimeOffset now, TimeSpan lease)
    {
        var claimed = new List<DueTimer>();
        while (await store.ClaimDueAsync(now, 3, lease, default) is { Count: > 0 } batch)
        {
            Assert.All(batch, t => Assert.True(t.DueAt <= now));
            claimed.AddRange(batch);
        }
        return claimed;
    }
}
