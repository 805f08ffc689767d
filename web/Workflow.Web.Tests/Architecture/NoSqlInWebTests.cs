using System.Text.RegularExpressions;
using Workflow.Web.Accounts;

namespace Workflow.Web.Tests.Architecture;

/// <summary>
/// The web is a thin shell: its stores and their SQL live in Workflow.Engine.Persistence, beside the engine's, in the
/// dialect of the host database (issue 13). These checks read the web project's sources and fail on a file that uses
/// Dapper, holds SQL in a string, or decides by the dialect's name; the checks' own patterns are tested to bite.
/// </summary>
public sealed partial class NoSqlInWebTests
{
    [Fact]
    public void WebSources_UseNoDapper_HoldNoSql_AndNeverSwitchOnTheDialectName()
    {
        var files = WebSources();

        var findings = files.SelectMany(file => Findings(File.ReadAllText(file)).Select(f => $"{Path.GetRelativePath(WebProject, file)}: {f}")).ToList();

        Assert.True(files.Count > 100, $"only {files.Count} web sources were found under {WebProject}");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void WebAssembly_DoesNotReferenceDapper()
    {
        var references = typeof(AccountService).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("Dapper", references);
    }

    [Theory]
    [InlineData("using Dapper;")]
    [InlineData("var n = await c.ExecuteAsync(new Dapper.CommandDefinition(sql));")]
    [InlineData("""var sql = "SELECT COUNT(*) FROM wf_tasks WHERE status = 'Open'";""")]
    [InlineData("var sql = $\"\"\"\n    SELECT login_name\n    FROM {table}\n    \"\"\";")]
    [InlineData("""const string Sql = @"INSERT INTO wf_accounts (login_name) VALUES (@login)";""")]
    [InlineData("""var sql = "UPDATE \"wf_accounts\" SET role = @role";""")]
    [InlineData("""var sql = "UPDATE [wf_accounts] SET role = @role";""")]
    [InlineData("""var sql = "DELETE FROM wf_definition_documents WHERE version = 0";""")]
    [InlineData("""var sql = "CREATE TABLE wf_x (id INT)";""")]
    [InlineData("""var sqlServer = database.Dialect.Name == "sqlserver";""")]
    [InlineData("""var any = dialect.Name switch { "sqlite" => 1, _ => 0 };""")]
    [InlineData("""if (string.Equals(db.Dialect.Name, "postgres", StringComparison.Ordinal)) { }""")]
    public void Findings_CatchEachForbiddenPattern(string source)
    {
        Assert.NotEmpty(Findings(source));
    }

    [Theory]
    [InlineData("""return HealthCheckResult.Healthy($"{database.Dialect.Name} answers");""")]
    [InlineData("// Selects the first page from the list, then updates the badge.")]
    [InlineData("""<select asp-for="Role"><option>请选择</option></select>""")]
    [InlineData("""var text = "Select a role from the list";""")]
    public void Findings_LeaveOrdinaryCodeAlone(string source)
    {
        Assert.Empty(Findings(source));
    }

    private static string WebProject { get; } = FindWebProject();

    private static List<string> WebSources() =>
        Directory.EnumerateFiles(WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(WebProject, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();

    /// <summary>What is wrong with one source file: Dapper, SQL in a string literal, a decision on the dialect's name.</summary>
    internal static IReadOnlyList<string> Findings(string source)
    {
        var findings = new List<string>();
        var code = Comment().Replace(source, "");
        if (DapperUse().Match(code) is { Success: true } dapper)
        {
            findings.Add($"uses Dapper ({dapper.Value})");
        }
        foreach (Match literal in StringLiteral().Matches(code))
        {
            if (Sql().Match(literal.Value) is { Success: true } sql)
            {
                findings.Add($"holds SQL ({Regex.Replace(sql.Value, @"\s+", " ")})");
            }
        }
        if (DialectNameDecision().Match(code) is { Success: true } decision)
        {
            findings.Add($"decides by the dialect's name ({decision.Value})");
        }
        return findings;
    }

    private static string FindWebProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
            {
                return Path.Combine(dir.FullName, "web", "Workflow.Web");
            }
        }
        throw new InvalidOperationException("Expected to run inside the repository, but Workflow.sln was not found above the test folder.");
    }

    /// <summary>Line comments (and XML docs) and block comments: prose may name SQL, code may not.</summary>
    [GeneratedRegex(@"//[^\n]*|/\*[\s\S]*?\*/|@\*[\s\S]*?\*@")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\busing\s+(static\s+)?Dapper\b|\bDapper\s*\.")]
    private static partial Regex DapperUse();

    /// <summary>Raw (<c>"""…"""</c>), verbatim (<c>@"…"</c>) and regular string literals, interpolated or not.</summary>
    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|@\"(?:[^\"]|\"\")*\"|\"(?:\\\\.|[^\"\\\\\\n])*\"")]
    private static partial Regex StringLiteral();

    /// <summary>SQL keywords as SQL spells them (upper case), around a table name or another clause.</summary>
    [GeneratedRegex(@"\bSELECT\b[\s\S]*?\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+[\w""\[\]\\{}.]+\s+SET\b|\bDELETE\s+FROM\b|\bCREATE\s+TABLE\b|\bMERGE\s+INTO\b")]
    private static partial Regex Sql();

    /// <summary>A comparison, switch or match on a dialect's name, or one of the names themselves as a literal.</summary>
    [GeneratedRegex(@"\b[Dd]ialect\s*\.\s*Name\s*(==|!=|\bis\b|\bswitch\b|,|\.Equals\b)|""(sqlite|postgres|sqlserver)""")]
    private static partial Regex DialectNameDecision();
}
