using Microsoft.SqlServer.TransactSql.ScriptDom;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Web.Accounts;

namespace Workflow.Web.Tests.Accounts;

/// <summary>The account statements in T-SQL parse with ScriptDom (no SQL Server here); the other dialects run in <see cref="DapperAccountStoreTests"/>.</summary>
public sealed class AccountSqlTests
{
    public static TheoryData<string> Statements()
    {
        var sql = new AccountSql(SqlServerDialect.Instance);
        var data = new TheoryData<string>();
        foreach (var statement in sql.All)
        {
            data.Add(statement);
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
        Assert.DoesNotContain("ON CONFLICT", statement, StringComparison.Ordinal);
    }
}
