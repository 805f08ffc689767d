using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Ports;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// Every statement the SQL Server dialect can generate parses as T-SQL with zero errors. The statements are collected
/// from every store's statement class (each class with a static <c>For(SqlDialect)</c>: its public string properties,
/// and its public methods that take counts, a scope, a status and an order, sized ones at 1 and 3 rows), the dialect's
/// own statements, and every migration batch.
/// </summary>
public sealed class SqlServerSqlTests(ITestOutputHelper output)
{
    /// <summary>
    /// How many statements the SQL Server check parsed when each store got its own statement class: 105 from the
    /// dialect, 9 account and 6 definition-document statements from the web, and 20 migration batches. It may grow,
    /// never shrink.
    /// </summary>
    private const int StatementsBefore = 105 + 9 + 6 + 20;

    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, sql) in All())
        {
            data.Add(name, sql);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_ParsesAsTSql170_WithNoErrors(string name, string sql)
    {
        var errors = Parse(sql);

        Assert.True(errors.Count == 0, $"{name}:\n{sql}\n{string.Join("\n", errors.Select(e => $"line {e.Line}, col {e.Column}: {e.Message}"))}");
        Assert.DoesNotContain("ON CONFLICT", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void StatementClasses_RenderEveryStatementTheStoresUse()
    {
        var rendered = All().Select(r => r.Name).ToList();
        output.WriteLine($"{rendered.Count} SQL Server statements from {StatementClasses().Count} statement classes ({StatementsBefore} before)");

        Assert.True(rendered.Count >= StatementsBefore, $"only {rendered.Count} statements were collected, {StatementsBefore} before");
        Assert.Contains(rendered, n => n.StartsWith("TimerSql.ClaimTimers", StringComparison.Ordinal));
        Assert.Contains(rendered, n => n.StartsWith("TaskSql.UpsertTasks[rows](3)", StringComparison.Ordinal));
        Assert.Contains(rendered, n => n.StartsWith("AccountSql.RecordAttempt", StringComparison.Ordinal));
        Assert.Contains(rendered, n => n.StartsWith("DefinitionDocumentSql.Insert", StringComparison.Ordinal));
        Assert.Contains("WITH (UPDLOCK, READPAST, ROWLOCK)", TimerSql.For(SqlServerDialect.Instance).ClaimTimers, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WithEveryFilter_ParsesAsTSql170()
    {
        var dialect = SqlServerDialect.Instance;
        var scope = new CaseScope(["500113"], false, "li", [new("district-education", "500113")]);
        var at = DateTimeOffset.Parse("2026-03-02T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var cases = CaseSearchSql.For(dialect);
        var p = new Dapper.DynamicParameters();
        var caseCondition = cases.SearchCondition(CaseScopeSql.For(dialect).Condition(scope, "i.id", p),
            new CaseSearch("0001", "张", "dibao", ["Executing", "Suspended"], at, at.AddDays(1), "500113102000", at, at.AddDays(3)), p);
        var applications = ApplicationListSql.For(dialect);
        var q = new Dapper.DynamicParameters();
        var applicationCondition = applications.Condition(scope, q)
            + ApplicationSearchSql.For(dialect).SearchCondition(new ApplicationSearch("0001", "张", "dibao", "accepted", at, at.AddDays(1)), q);

        foreach (var sql in new[] { cases.Page(caseCondition), cases.Count(caseCondition), applications.ListApplications(applicationCondition),
            ApplicationSearchSql.For(dialect).Count(applicationCondition) })
        {
            Assert.Empty(Parse(sql));
            Assert.Contains(@"ESCAPE '\'", sql, StringComparison.Ordinal);
        }
        Assert.Contains("i.applicant_name LIKE", caseCondition, StringComparison.Ordinal);
        Assert.DoesNotContain("snapshot", caseCondition, StringComparison.Ordinal);
    }

    [Fact]
    public void InboxSearch_EveryTabWithEveryFilter_ParsesAsTSql170()
    {
        var dialect = SqlServerDialect.Instance;
        var scope = new CaseScope(["500113"], false, "li", [new("district-education", "500113")]);
        var at = DateTimeOffset.Parse("2026-03-02T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var actor = Workflow.Engine.Runtime.Commands.Actor.User("li", ["民政办", "区民政局"], ["500113102000", "500113000000"], ["district-education"]);
        var inbox = InboxSearchSql.For(dialect);
        foreach (var box in Enum.GetValues<InboxBox>())
        {
            var p = new Dapper.DynamicParameters();
            var where = CaseSearchSql.For(dialect).SearchCondition(
                inbox.BoxCondition(new InboxSearch(actor, box, CaseSearch.All, at), p) + " AND " + CaseScopeSql.For(dialect).Condition(scope, "t.instance_id", p),
                new CaseSearch("0001", "张", "dibao", null, at, at.AddDays(1), "500113102000", at, at.AddDays(3)), p, taskAlias: "t");
            Assert.Empty(Parse(inbox.PageOf(box, where)));
            Assert.Empty(Parse(inbox.Count(where)));
        }
    }

    [Fact]
    public void Parser_RejectsTheSqliteSpelling_SoTheCheckHasTeeth()
    {
        Assert.NotEmpty(Parse(TaskSql.For(SqliteDialect.Instance).ToDoForUser));
        Assert.NotEmpty(Parse(TaskSql.For(SqliteDialect.Instance).UpsertTasks(1)));
    }

    private static IEnumerable<(string Name, string Sql)> All()
    {
        var dialect = SqlServerDialect.Instance;
        yield return ("SqlDialect.MigrationLockSql", dialect.MigrationLockSql);
        foreach (var statement in StatementClasses().SelectMany(type => Render(type, dialect)))
        {
            yield return statement;
        }
        foreach (var migration in MigrationScripts.For(dialect))
        {
            var batches = dialect.SplitScript(migration.Script);
            for (var i = 0; i < batches.Count; i++)
            {
                yield return ($"migration {migration.Version:D4}_{migration.Name} batch {i + 1}", batches[i]);
            }
        }
    }

    /// <summary>Every class of the persistence assembly with a static <c>For(SqlDialect)</c> that returns its own type.</summary>
    internal static IReadOnlyList<Type> StatementClasses() =>
        typeof(SqlDialect).Assembly.GetTypes()
            .Where(t => t.GetMethod("For", BindingFlags.Public | BindingFlags.Static, [typeof(SqlDialect)]) is { } m && m.ReturnType == t)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Reads every public string property of one statement class and calls every public method that returns a
    /// statement (not a <c>…Condition</c> fragment: those are parsed inside the statements they go into); a method
    /// taking a count is called with 1 and with 3.
    /// </summary>
    internal static IEnumerable<(string Name, string Sql)> Render(Type type, SqlDialect dialect)
    {
        var sql = type.GetMethod("For", [typeof(SqlDialect)])!.Invoke(null, [dialect])!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string))
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            yield return ($"{type.Name}.{property.Name}", (string)property.GetValue(sql)!);
        }
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName && !m.Name.EndsWith("Condition", StringComparison.Ordinal))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.GetParameters().Length);
        foreach (var method in methods)
        {
            var parameters = method.GetParameters();
            Assert.True(parameters.All(p => p.ParameterType == typeof(int) || p.Name is "scope" or "status" or "newestFirst"),
                $"{type.Name}.{method.Name} takes something other than a count, a scope, a status and an order");
            var scope = Scope(sql, dialect, method.Name == nameof(InstanceSql.ScopedInstances) ? "i.id" : "instance_id");
            foreach (var size in parameters.Any(p => p.ParameterType == typeof(int)) ? new[] { 1, 3 } : [0])
            {
                var arguments = parameters.Select(p => p.ParameterType == typeof(int) ? size : p.ParameterType == typeof(bool) ? true
                    : p.Name == "scope" ? scope : (object)"AND status = 'Open'").ToArray();
                var signature = string.Join(", ", parameters.Select(p => p.Name));
                yield return ($"{type.Name}.{method.Name}[{signature}]({size})", (string)method.Invoke(sql, arguments)!);
            }
        }
    }

    /// <summary>A list's scope condition with every kind of reach: the application one over applications, the case one elsewhere.</summary>
    private static string Scope(object sql, SqlDialect dialect, string instanceColumn)
    {
        var scope = new CaseScope(["500113", "500114"], false, "li", [new("district-education", "500113")]);
        var parameters = new Dapper.DynamicParameters();
        return sql is ApplicationListSql applications
            ? applications.Condition(scope, parameters) + $" AND ({applications.WindowCondition(2)})"
            : CaseScopeSql.For(dialect).Condition(scope, instanceColumn, parameters);
    }

    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
