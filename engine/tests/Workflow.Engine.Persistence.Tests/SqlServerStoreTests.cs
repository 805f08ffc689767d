using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The conformance suite on a live SQL Server from WORKFLOW_MSSQL. No server exists on the development machines or
/// in CI, so scripts/test.sh filters this category out unless WORKFLOW_MSSQL is set; the tests never skip.
/// </summary>
[Trait("Category", "SqlServerLive")]
public sealed class SqlServerStoreTests(SqlServerFixture fixture, ITestOutputHelper output) : StoreConformanceTests<SqlServerFixture>(fixture, output);
