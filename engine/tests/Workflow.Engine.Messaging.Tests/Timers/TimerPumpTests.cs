using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging.Tests.Timers;

/// <summary>The timer pump on the in-memory store, driven by fake time only.</summary>
public sealed class TimerPumpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static (ServiceProvider Provider, TimerPump Pump) Build(TestEngine engine, Func<ServiceProvider, ITimerStore>? timers = null)
    {
        var services = new ServiceCollection();
        engine.Register(services);
        services.AddWorkflowTimers();
        var provider = services.BuildServiceProvider(validateScopes: true);
        var pump = timers is null
            ? provider.GetRequiredService<TimerPump>()
            : new TimerPump(timers(provider), provider.GetRequiredService<ITimerDispatcher>(), provider.GetRequiredService<IOptions<TimerPumpOptions>>(),
                engine.Time, provider.GetRequiredService<ILogger<TimerPump>>());
        return (provider, pump);
    }

    [Fact]
    public async Task PumpOnce_DelayTimer_FiresExactlyOnceWhenDue_NotBefore()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.Delay("00:10:00"));
        await engine.StartAsync("delay");
        var (provider, pump) = Build(engine);
        await using var _ = provider;

        engine.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        var early = await pump.PumpOnceAsync();
        engine.Time.Advance(TimeSpan.FromTicks(1));
        var due = await pump.PumpOnceAsync();
        var again = await pump.PumpOnceAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(0, again);
        Assert.Single(engine.Events().OfType<TimerFired>());
        var view = await engine.ViewAsync();
        Assert.Equal(["等待结束"], view.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, view.SubStatus);
    }

    [Fact]
    public async Task PumpOnce_PublicNotice_FiresAfterSevenCalendarDays_AndTakesDone()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.PublicNotice(7));
        await engine.StartAsync("notice");
        var (provider, pump) = Build(engine);
        await using var _ = provider;

        engine.Time.Advance(TimeSpan.FromDays(6));
        await pump.PumpOnceAsync();
        Assert.Empty(engine.Events().OfType<TimerFired>());

        engine.Time.Advance(TimeSpan.FromDays(1));
        await pump.PumpOnceAsync();
        await pump.PumpOnceAsync();

        Assert.Single(engine.Events().OfType<TimerFired>());
        Assert.Equal(["公示无异议"], (await engine.ViewAsync()).Lines);
    }

    [Fact]
    public async Task PumpOnce_StaleTimer_IsIgnoredAndLoggedAtDebug()
    {
        // Given a host that claimed the notice's timer just before an objection ended the notice
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.PublicNotice(7));
        var view = await engine.StartAsync("notice");
        var timer = view.Timers.Values.Single();
        var objection = await engine.Executor.ExecuteAsync(new RecordObjection("case-1", timer.BookmarkId!, Actor.User("villager"), "有异议"));
        Assert.True(objection.IsAccepted);
        engine.Time.Advance(TimeSpan.FromDays(7));
        var (provider, pump) = Build(engine, _ => new FixedClaims([new DueTimer("case-1", timer.TimerId, timer.DueAt)]));
        await using var _ = provider;
        var eventsBefore = engine.Events().Count;

        // When the pump fires it
        var claimed = await pump.PumpOnceAsync();

        // Then nothing changes and the rejection is a Debug entry, not an error
        Assert.Equal(1, claimed);
        Assert.Equal(eventsBefore, engine.Events().Count);
        Assert.Equal(["收到异议"], (await engine.ViewAsync()).Lines);
        var stale = Assert.Single(engine.Logs.Entries, e => e.Id.Id == 2102);
        Assert.Equal(LogLevel.Debug, stale.Level);
        Assert.DoesNotContain(engine.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task HostedPump_FakeTimeAdvances_FiresOnTheNextTick()
    {
        var engine = new TestEngine();
        engine.Publish(TestDefinitions.Delay("00:00:30"));
        await engine.StartAsync("delay");
        var (provider, pump) = Build(engine);
        await using var _ = provider;
        var fired = engine.Store.WhenCommitted<TimerFired>("case-1");

        await pump.StartAsync(CancellationToken.None);
        engine.Time.Advance(TimeSpan.FromSeconds(30));
        engine.Time.Advance(TimeSpan.FromSeconds(1));
        await fired.WaitAsync(Patience);
        await pump.StopAsync(CancellationToken.None);

        Assert.Single(engine.Events().OfType<TimerFired>());
    }

    [Fact]
    public async Task AddWorkflowTimers_InvalidOptions_FailAtStartup()
    {
        var engine = new TestEngine();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        engine.Register(builder.Services, new Dictionary<string, string?>
        {
            ["Workflow:Timers:Interval"] = "00:00:05",
            ["Workflow:Timers:Lease"] = "00:00:01",
            ["Workflow:Timers:BatchSize"] = "0",
        });
        builder.Services.AddWorkflowTimers();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(failure.Failures, f => f.Contains("BatchSize"));
        Assert.Contains(failure.Failures, f => f.Contains("Lease"));
    }

    /// <summary>A timer store that hands out the same claims every time: a second host with an old claim.</summary>
    private sealed class FixedClaims(IReadOnlyList<DueTimer> claims) : ITimerStore
    {
        private bool _claimed;

        public Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
        {
            IReadOnlyList<DueTimer> result = _claimed ? [] : claims;
            _claimed = true;
            return Task.FromResult(result);
        }
    }

    [Fact]
    public async Task Firing_RefusedAgainAndAgain_IsParkedAsADeadLetter_AfterTheThirdRefusal()
    {
        var engine = new TestEngine();
        var services = new ServiceCollection();
        engine.Register(services);
        var letters = new RecordingDeadLetters();
        services.AddSingleton<IDeadLetterStore>(letters);
        services.AddWorkflowTimers();
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var firing = provider.GetRequiredService<TimerFiring>();

        // A timer row of a case that does not exist: every firing is refused as stale.
        var outcomes = new List<TimerFireOutcome>();
        for (var i = 0; i < TimerFiring.MaxRefusals; i++)
        {
            outcomes.Add(await firing.FireAsync("no-such-case", "t-1", default));
        }

        Assert.Equal([TimerFireOutcome.Stale, TimerFireOutcome.Stale, TimerFireOutcome.Parked], outcomes);
        Assert.Equal(("no-such-case", "t-1", 3), Assert.Single(letters.Timers));
    }

    private sealed class RecordingDeadLetters : IDeadLetterStore
    {
        public List<(string InstanceId, string TimerId, int Attempts)> Timers { get; } = [];

        public Task ParkTimerAsync(string instanceId, string timerId, string reason, int attempts, CancellationToken cancellationToken)
        {
            Timers.Add((instanceId, timerId, attempts));
            return Task.CompletedTask;
        }

        public Task ParkOutboxAsync(long outboxId, string? instanceId, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DeadLetter>>([]);

        public Task<bool> RetryAsync(string id, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<long> CountAsync(CancellationToken cancellationToken) => Task.FromResult((long)Timers.Count);
    }
}
