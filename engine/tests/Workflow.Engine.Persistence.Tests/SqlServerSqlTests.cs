using Workflow.Engine.Ports;
using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// Every statement the SQL Server dialect can generate, collected from the dialect itself (each public
/// <c>Render…Sql</c> method, sized ones at 1 and 3 rows) and every migration batch, parses as T-SQL with zero errors.
/// </summary>
public sealed class SqlServerSqlTests
{
    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, sql) in Render(SqlServerDialect.Instance))
        {
            data.Add(name, sql);
        }
        foreach (var migration in MigrationScripts.For(SqlServerDialect.Instance))
        {
            var batches = SqlServerDialect.Instance.SplitScript(migration.Script);
            for (var i = 0; i < batches.Count; i++)
            {
                data.Add($"migration {migration.Version:D4}_{migration.Name} batch {i + 1}", batches[i]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_ParsesAsTSql170_WithNoErrors(string name, string sql)
    {
        var errors = Parse(sql);

        Assert.True(errors.Count == 0, $"{name}:\n{sql}\n{string.Join("\n", errors.Select(e => $"line {e.Line}, col {e.Column}: {e.Message}"))}");
    }

    [Fact]
    public void Dialect_RendersEveryStatementTheStoreUses()
    {
        var rendered = Render(SqlServerDialect.Instance).Select(r => r.Name).ToList();

        Assert.True(rendered.Count >= 40, $"only {rendered.Count} statements were collected");
        Assert.Contains(rendered, n => n.StartsWith("RenderClaimTimersSql", StringComparison.Ordinal));
        Assert.Contains(rendered, n => n.StartsWith("RenderUpsertTasksSql(3)", StringComparison.Ordinal));
        Assert.Contains("WITH (UPDLOCK, READPAST, ROWLOCK)", SqlServerDialect.Instance.RenderClaimTimersSql(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parser_RejectsTheSqliteSpelling_SoTheCheckHasTeeth()
    {
        Assert.NotEmpty(Parse(SqliteDialect.Instance.RenderAssignedToSql()));
        Assert.NotEmpty(Parse(SqliteDialect.Instance.RenderUpsertTasksSql(1)));
    }

    /// <summary>Calls every public <c>Render…Sql</c> method; one taking a count is called with 1 and with 3.</summary>
    internal static IEnumerable<(string Name, string Sql)> Render(SqlDialect dialect)
    {
        var methods = dialect.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("Render", StringComparison.Ordinal) && m.Name.EndsWith("Sql", StringComparison.Ordinal) && m.ReturnType == typeof(string))
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var method in methods)
        {
            var parameters = method.GetParameters();
            if (parameters.Length == 0)
            {
                yield return (method.Name, (string)method.Invoke(dialect, null)!);
                continue;
            }
            // A list's scope condition, with every kind of reach, over the instance column its query has.
            var scope = dialect.ScopeCondition(new CaseScope(["500113", "500114"], false, "li", [new("district-education", "500113")]),
                method.Name == nameof(SqlDialect.RenderScopedInstancesSql) ? "i.id" : "instance_id", new Dapper.DynamicParameters());
            Assert.True(parameters.All(p => p.ParameterType == typeof(int) || p.Name is "scope" or "status" or "newestFirst"),
                $"{method.Name} takes something other than a count, a scope, a status and an order");
            foreach (var size in parameters.Any(p => p.ParameterType == typeof(int)) ? new[] { 1, 3 } : [0])
            {
                var arguments = parameters.Select(p => p.ParameterType == typeof(int) ? size : p.ParameterType == typeof(bool) ? true
                    : p.Name == "scope" ? scope : (object)"AND status = 'Open'").ToArray();
                yield return ($"{method.Name}({size})", (string)method.Invoke(dialect, arguments)!);
            }
        }
    }

    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
