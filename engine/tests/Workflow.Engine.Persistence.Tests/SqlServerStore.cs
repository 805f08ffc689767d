using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The conformance suite on a live SQL Server from WORKFLOW_MSSQL. No server exists on the development machines or
/// in CI, so scripts/test.sh filters this category out unless WORKFLOW_MSSQL is set; the tests never skip.
/// </summary>
public static class SqlServerStore
{
    private const string Serial = "sqlserver-store";

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Instances(SqlServerFixture fixture, ITestOutputHelper output) : InstanceStoreConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class TaskUsers(SqlServerFixture fixture, ITestOutputHelper output) : TaskUserConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Timers(SqlServerFixture fixture, ITestOutputHelper output) : TimerConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class LongTimers(SqlServerFixture fixture, ITestOutputHelper output) : LongTimerConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Outbox(SqlServerFixture fixture, ITestOutputHelper output) : OutboxConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class DeadLetters(SqlServerFixture fixture, ITestOutputHelper output) : DeadLetterConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Concurrency(SqlServerFixture fixture, ITestOutputHelper output) : ConcurrencyConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class AuditTrail(SqlServerFixture fixture, ITestOutputHelper output) : AuditConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Inbox(SqlServerFixture fixture, ITestOutputHelper output) : InboxConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Scope(SqlServerFixture fixture, ITestOutputHelper output) : ScopeConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Search(SqlServerFixture fixture, ITestOutputHelper output) : SearchConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class InboxSearch(SqlServerFixture fixture, ITestOutputHelper output) : InboxSearchConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class InboxAuthority(SqlServerFixture fixture, ITestOutputHelper output) : InboxAuthorityConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Casework(SqlServerFixture fixture, ITestOutputHelper output) : CaseworkStoreConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Dashboard(SqlServerFixture fixture, ITestOutputHelper output) : DashboardConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Ledger(SqlServerFixture fixture, ITestOutputHelper output) : LedgerConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Inbound(SqlServerFixture fixture, ITestOutputHelper output) : InboundConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Phrases(SqlServerFixture fixture, ITestOutputHelper output) : PhraseConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class IntakeDrafts(SqlServerFixture fixture, ITestOutputHelper output) : IntakeDraftConformance<SqlServerFixture>(fixture, output);

    [Collection(Serial)]
    [Trait("Category", "SqlServerLive")]
    public sealed class Messages(SqlServerFixture fixture, ITestOutputHelper output) : MessageConformance<SqlServerFixture>(fixture, output);
}
