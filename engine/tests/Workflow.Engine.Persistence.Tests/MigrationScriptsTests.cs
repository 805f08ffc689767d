using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>The migration scripts each dialect embeds.</summary>
public sealed class MigrationScriptsTests
{
    [Fact]
    public void Migration5_ExistsForEveryDialect()
    {
        foreach (SqlDialect dialect in new SqlDialect[] { SqliteDialect.Instance, PostgresDialect.Instance, SqlServerDialect.Instance })
        {
            Assert.Contains(MigrationScripts.For(dialect), m => m.Version == 5 && m.Script.Contains("wf_definition_documents", StringComparison.Ordinal));
        }
    }
}
