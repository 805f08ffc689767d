using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// SQL Server (T-SQL). <c>TOP</c> instead of <c>LIMIT</c>, <c>MERGE</c> and <c>NOT EXISTS … WITH (UPDLOCK, HOLDLOCK)</c>
/// instead of <c>ON CONFLICT</c>, claims through an updatable CTE read <c>WITH (UPDLOCK, READPAST)</c>, and
/// <c>sp_getapplock</c> around migrations. No server is available here: a test parses every statement with ScriptDom,
/// and a live suite runs when <c>WORKFLOW_MSSQL</c> is set.
/// </summary>
public sealed partial class SqlServerDialect : SqlDialect
{
    public static readonly SqlServerDialect Instance = new();

    public override string Name => "sqlserver";

    public override DbType TimeDbType => DbType.DateTimeOffset;

    public override string QuoteIdentifier(string identifier) => "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]";

    public override DbDataSource CreateDataSource(string connectionString) => SqlClientFactory.Instance.CreateDataSource(connectionString);

    public override object ToDbTime(DateTimeOffset value) => value.ToUniversalTime();

    public override string Prefix(string column, int length) => $"SUBSTRING({column}, 1, {length.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>The local date of the column at the offset (<c>SWITCHOFFSET</c>), counted in days from 1970-01-01.</summary>
    public override string DayNumber(string column, TimeSpan offset) =>
        $"DATEDIFF(day, CAST('1970-01-01' AS date), CAST(SWITCHOFFSET({column}, '{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}') AS date))";

    /// <summary>2627: a primary key or unique constraint; 2601: a unique index.</summary>
    public override bool IsUniqueViolation(Exception exception) => exception is SqlException { Number: 2627 or 2601 };

    /// <summary>Scripts use <c>GO</c> lines between batches (a trigger must start its own batch).</summary>
    public override IReadOnlyList<string> SplitScript(string script) =>
        GoLine().Split(script).Where(b => !string.IsNullOrWhiteSpace(b)).ToList();

    public override string IntegerType => "INT";

    public override string TextType(int length) => "N" + base.TextType(length);

    public override string Top(string count) => $"TOP ({count})";

    public override string Limit(string count) => "";

    public override string Page(string offset, string limit) => $"OFFSET {offset} ROWS FETCH NEXT {limit} ROWS ONLY";

    public override string KeyRangeLock => " WITH (UPDLOCK, HOLDLOCK)";

    /// <summary>An updatable CTE over the candidates, read past rows another host has locked.</summary>
    public override string Claim(string table, IReadOnlyList<string> key, string where, string orderBy, string max, string setColumn, string setValue,
        IReadOnlyList<(string Column, string Alias)> returning) => $"""
        WITH claimed AS (
            SELECT TOP ({max}) {string.Join(", ", key.Concat(returning.Select(r => r.Column)).Append(setColumn).Distinct())}
            FROM {table} WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE {where}
            ORDER BY {orderBy})
        UPDATE claimed
        SET {setColumn} = {setValue}
        OUTPUT {string.Join(", ", returning.Select(r => $"inserted.{r.Column} AS {r.Alias}"))};
        """;

    public override string Upsert(string table, IReadOnlyList<string> columns, string valuesRows, IReadOnlyList<string> key, IReadOnlyList<string> update) => $"""
        MERGE {table} WITH (HOLDLOCK) AS t
        USING (VALUES
        {valuesRows}
        ) AS s ({string.Join(", ", columns)})
        ON {string.Join(" AND ", key.Select(k => $"t.{k} = s.{k}"))}
        WHEN MATCHED THEN
            UPDATE SET {string.Join(", ", update.Select(c => $"{c} = s.{c}"))}
        WHEN NOT MATCHED THEN
            INSERT ({string.Join(", ", columns)})
            VALUES ({string.Join(", ", columns.Select(c => "s." + c))});
        """;

    public override string InsertIfAbsent(string table, IReadOnlyList<string> columns, string valuesRows, IReadOnlyList<string> key) => $"""
        INSERT INTO {table} ({string.Join(", ", columns)})
        SELECT {string.Join(", ", columns.Select(c => "s." + c))}
        FROM (VALUES
        {valuesRows}
        ) AS s ({string.Join(", ", columns)})
        WHERE NOT EXISTS (SELECT 1 FROM {table} o{KeyRangeLock} WHERE {string.Join(" AND ", key.Select(k => $"o.{k} = s.{k}"))});
        """;

    public override string UpdateReturning(string update, string where, IReadOnlyList<(string Column, string Alias)> returning) =>
        $"{update}\nOUTPUT {string.Join(", ", returning.Select(r => $"inserted.{r.Column} AS {r.Alias}"))}\nWHERE {where}";

    public override string CreateTableIfAbsent(string name, string columns) => $"""
        IF OBJECT_ID(N'{name}', N'U') IS NULL
            CREATE TABLE {QuoteIdentifier(name)} (
                {columns});
        """;

    public override string MigrationLockSql => """
        DECLARE @lock INT;
        EXEC @lock = sp_getapplock @Resource = N'wf_schema', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000;
        IF @lock < 0
            THROW 50001, N'Expected to take the wf_schema migration lock, but it timed out.', 1;
        """;

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
