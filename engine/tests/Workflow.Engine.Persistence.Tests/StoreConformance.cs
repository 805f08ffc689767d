using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Ports;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The behaviour every dialect must show, run against a real database: one abstract class per concern (instances,
/// task users, timers, outbox and dead letters, concurrency, audit, inbox, scope, casework), each run on every dialect
/// by the sealed classes of <see cref="SqliteStore"/>, <see cref="PostgresStore"/> and <see cref="SqlServerStore"/>.
/// Each test gets a fresh, migrated database; "another host" is a second <see cref="WorkflowDatabase"/> and store on
/// the same one.
/// </summary>
public abstract class StoreConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : class, IStoreFixture
{
    protected TFixture Fixture => fixture;

    protected ITestOutputHelper Output => output;

    protected FakeTimeProvider Time { get; } = Clocks.At("2026-03-02T09:00:00+08:00");

    protected TestDatabase Db { get; private set; } = null!;

    protected DapperInstanceStore Store { get; private set; } = null!;

    protected EngineHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await fixture.CreateDatabaseAsync();
        Store = new DapperInstanceStore(Db.Main, Time);
        Host = new EngineHost(Store, Time);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>A second host on the same database: its own connections, writer and store.</summary>
    protected DapperInstanceStore SecondStore() => new(Db.OpenHost(), Time);

    protected static string Json(IEnumerable<WorkflowEvent> events) => string.Join("\n", events.Select(EventSerializer.Serialize));
}
