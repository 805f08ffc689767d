using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The conformance suite on the real PostgreSQL from WORKFLOW_PG; it fails, never skips, without one. One class per
/// concern, run one after another (one collection), beside the other dialects.
/// </summary>
public static class PostgresStore
{
    private const string Serial = "postgres-store";

    [Collection(Serial)]
    public sealed class Instances(PostgresFixture fixture, ITestOutputHelper output) : InstanceStoreConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class TaskUsers(PostgresFixture fixture, ITestOutputHelper output) : TaskUserConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Timers(PostgresFixture fixture, ITestOutputHelper output) : TimerConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class LongTimers(PostgresFixture fixture, ITestOutputHelper output) : LongTimerConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Outbox(PostgresFixture fixture, ITestOutputHelper output) : OutboxConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class DeadLetters(PostgresFixture fixture, ITestOutputHelper output) : DeadLetterConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Concurrency(PostgresFixture fixture, ITestOutputHelper output) : ConcurrencyConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class AuditTrail(PostgresFixture fixture, ITestOutputHelper output) : AuditConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Inbox(PostgresFixture fixture, ITestOutputHelper output) : InboxConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Scope(PostgresFixture fixture, ITestOutputHelper output) : ScopeConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Search(PostgresFixture fixture, ITestOutputHelper output) : SearchConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class InboxSearch(PostgresFixture fixture, ITestOutputHelper output) : InboxSearchConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class InboxAuthority(PostgresFixture fixture, ITestOutputHelper output) : InboxAuthorityConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Casework(PostgresFixture fixture, ITestOutputHelper output) : CaseworkStoreConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Dashboard(PostgresFixture fixture, ITestOutputHelper output) : DashboardConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Ledger(PostgresFixture fixture, ITestOutputHelper output) : LedgerConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Inbound(PostgresFixture fixture, ITestOutputHelper output) : InboundConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Phrases(PostgresFixture fixture, ITestOutputHelper output) : PhraseConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class IntakeDrafts(PostgresFixture fixture, ITestOutputHelper output) : IntakeDraftConformance<PostgresFixture>(fixture, output);

    [Collection(Serial)]
    public sealed class Messages(PostgresFixture fixture, ITestOutputHelper output) : MessageConformance<PostgresFixture>(fixture, output);
}
