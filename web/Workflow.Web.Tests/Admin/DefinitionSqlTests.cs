using Microsoft.SqlServer.TransactSql.ScriptDom;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Schema;
using Workflow.Web.Definitions;

namespace Workflow.Web.Tests.Admin;

/// <summary>The definition statements and migration 0005 in T-SQL parse with ScriptDom (no SQL Server here).</summary>
public sealed class DefinitionSqlTests
{
    public static TheoryData<string> Statements()
    {
        var sql = new DefinitionDocumentSql(SqlServerDialect.Instance);
        var data = new TheoryData<string> { sql.List, sql.ListPublished, sql.Find, sql.MaxVersion, sql.DeleteDraft, sql.Insert };
        var migration = MigrationScripts.For(SqlServerDialect.Instance).Single(m => m.Version == 5);
        foreach (var batch in SqlServerDialect.Instance.SplitScript(migration.Script))
        {
            data.Add(batch);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void SqlServerStatement_ParsesAsTSql170(string statement)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(statement);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, statement + "\n" + string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void Migration5_ExistsForEveryDialect()
    {
        foreach (SqlDialect dialect in new SqlDialect[] { SqliteDialect.Instance, PostgresDialect.Instance, SqlServerDialect.Instance })
        {
            Assert.Contains(MigrationScripts.For(dialect), m => m.Version == 5 && m.Script.Contains("wf_definition_documents", StringComparison.Ordinal));
        }
    }
}
