using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Serialization;
using Xunit.Abstractions;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// Issue 11: a timer months ahead and a follow-up visit schedule are rows, not memory. The host that set them goes
/// away; a fresh store and executor on the same database claims each once fake time passes it, and the schedule goes
/// on from there.
/// </summary>
public abstract class LongTimerConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly string LongDelay = D.Flowchart(
        $"""
        {D.Activity("wait", "Elsa.Delay", D.Literal("timeSpan", "91.00:00:00"))},
        {D.Activity("w", "Elsa.WriteLine", D.Literal("text", "三个月期满"))}
        """,
        D.Connect("wait", "w"), id: "long-delay");

    private static readonly string Visits = D.Flowchart(
        $"""
        {D.Activity("v", "Gov.FollowUpVisits", D.Literal("title", "监护随访") + "," + D.Object("candidate", """{"post":"儿童主任","level":"village"}""")
            + "," + D.Literal("everyDays", 91) + "," + D.Literal("times", 2))},
        {D.Activity("w", "Elsa.WriteLine", D.Literal("text", "随访结束"))}
        """,
        D.Connect("v", "w"), id: "follow-up");

    /// <summary>A host as a restarted process builds it: its own store and connections, the definitions loaded again.</summary>
    private (EngineHost Host, ITimerStore Timers) FreshHost()
    {
        var store = SecondStore();
        var host = new EngineHost(store, Time);
        foreach (var json in new[] { LongDelay, Visits })
        {
            var read = DefinitionReader.Read(json);
            Assert.True(read.IsValid, string.Join("\n", read.Errors));
            host.Catalog.Publish(read.Definition!);
        }
        return (host, store);
    }

    [Fact]
    public async Task LongTimers_ThreeMonthsAhead_AreClaimedOnceByAFreshHostAfterTimePasses()
    {
        var (first, _) = FreshHost();
        var start = Time.GetUtcNow();
        await first.StartAsync("delay-1", "long-delay");
        await first.StartAsync("visits-1", "follow-up");
        Assert.Equal(2, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_timers"));

        // The first host is gone. A month before, nothing is due; after three months both are, once.
        var (second, secondTimers) = FreshHost();
        Time.Advance(TimeSpan.FromDays(60));
        Assert.Empty(await secondTimers.ClaimDueAsync(Time.GetUtcNow(), 10, Lease, default));
        Time.Advance(TimeSpan.FromDays(31) + TimeSpan.FromMinutes(1));
        var due = await secondTimers.ClaimDueAsync(Time.GetUtcNow(), 10, Lease, default);
        Assert.Equal(["delay-1", "visits-1"], due.Select(t => t.InstanceId).Order());
        Assert.All(due, t => Assert.Equal(start.AddDays(91), t.DueAt));
        Assert.Empty(await FreshHost().Timers.ClaimDueAsync(Time.GetUtcNow(), 10, Lease, default));

        foreach (var timer in due)
        {
            var fired = await second.Run(new FireTimer(timer.InstanceId, timer.TimerId));
            Assert.True(fired.IsAccepted, fired.Rejection?.ToString());
            var again = await FreshHost().Host.Run(new FireTimer(timer.InstanceId, timer.TimerId));
            Assert.Contains("stale", again.Rejection!.Message, StringComparison.Ordinal);
        }
        Assert.Equal(["三个月期满"], (await second.Store.LoadAsync("delay-1", default))!.Lines);
        var visits = (await second.Store.LoadAsync("visits-1", default))!;
        Assert.Equal("监护随访（第 1/2 次）", Assert.Single(visits.Tasks.Values).Opened.Title);
        var next = Assert.Single(visits.Timers.Values);
        Assert.Equal(start.AddDays(182), next.DueAt);

        // The schedule goes on on yet another host: the second visit opens three months later, once.
        var (third, thirdTimers) = FreshHost();
        Time.Advance(TimeSpan.FromDays(91));
        var secondVisit = Assert.Single(await thirdTimers.ClaimDueAsync(Time.GetUtcNow(), 10, Lease, default));
        Assert.Equal(next.TimerId, secondVisit.TimerId);
        var opened = await third.Run(new FireTimer("visits-1", secondVisit.TimerId));
        Assert.Equal("监护随访（第 2/2 次）", Assert.Single(opened.Events.OfType<TaskOpened>()).Title);
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_timers"));
    }
}
