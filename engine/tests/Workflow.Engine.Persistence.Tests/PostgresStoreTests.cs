using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>The conformance suite on the real PostgreSQL from WORKFLOW_PG; it fails, never skips, without one.</summary>
public sealed class PostgresStoreTests(PostgresFixture fixture, ITestOutputHelper output) : StoreConformanceTests<PostgresFixture>(fixture, output);
