using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// What differs between databases, as primitives: how to connect and name things, parameters, time values, paging,
/// row locks and claims, upserts and inserts that skip a taken key, returning changed rows, type names, and the
/// migration lock. The statements themselves live with their stores (<c>InstanceSql</c>, <c>TaskSql</c>,
/// <c>CaseworkAuditSql</c>, <c>AccountSql</c>, …) and are written once over these primitives, so a store's SQL reads in
/// one place and the SQL Server test parses every statement of every store. The base renders ANSI SQL with
/// <c>ON CONFLICT</c>, <c>LIMIT</c> and <c>RETURNING</c>, which SQLite and PostgreSQL share; SQL Server overrides them.
/// </summary>
/// <remarks>
/// Statements with many rows number their parameters <c>@prefix_column_row</c> (see <see cref="RowParameter"/> and
/// <see cref="ValuesRows"/>).
/// </remarks>
public abstract class SqlDialect
{
    /// <summary>The folder of this dialect's migration scripts under <c>Schema/</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// True when the database takes one writer at a time (SQLite): the store then funnels every write through one
    /// connection and coalesces concurrent commits into shared transactions.
    /// </summary>
    public virtual bool SingleWriter => false;

    /// <summary>How time columns are bound.</summary>
    public abstract DbType TimeDbType { get; }

    public virtual string Parameter(string name) => "@" + name;

    public abstract string QuoteIdentifier(string identifier);

    public abstract DbDataSource CreateDataSource(string connectionString);

    /// <summary>The value stored in a time column for <paramref name="value"/>; always UTC.</summary>
    public abstract object ToDbTime(DateTimeOffset value);

    /// <summary>Reads a time column back, whatever the provider returned for it.</summary>
    public virtual DateTimeOffset FromDbTime(object value) => value switch
    {
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        long micros => DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond),
        int micros => DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"Expected a time value, but the provider returned {value.GetType().Name}."),
    };

    /// <summary>Whether <paramref name="exception"/> is the server refusing a duplicate key.</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    /// <summary>
    /// True when the dialect sends a commit's statements as one batch that the server runs atomically, with the strict
    /// inserts: a unique violation (<see cref="IsUniqueViolation"/>) then means the commit lost.
    /// </summary>
    public virtual bool BatchesCommits => false;

    /// <summary>Statements to run on every connection that writes (SQLite pragmas); empty for none.</summary>
    public virtual string ConnectionSetupSql => "";

    /// <summary>Taken inside the migration transaction so that two hosts starting at once migrate one after the other.</summary>
    public abstract string MigrationLockSql { get; }

    /// <summary>Splits a migration script into the batches the server accepts one at a time.</summary>
    public virtual IReadOnlyList<string> SplitScript(string script) => [script];

    /// <summary>The parameter name of one column in one row of a multi-row statement.</summary>
    public static string RowParameter(string column, int row) => column + "_" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The parameter name of one item of an <c>IN</c> list.</summary>
    public static string ListParameter(string name, int index) => name + "_" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole-number column's type name.</summary>
    public virtual string IntegerType => "INTEGER";

    /// <summary>A text column's type name, at most <paramref name="length"/> characters.</summary>
    public virtual string TextType(int length) => $"VARCHAR({length.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>The first <paramref name="length"/> characters of a text column (a division code's prefix: its township, its district).</summary>
    public virtual string Prefix(string column, int length) => $"SUBSTR({column}, 1, {length.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>
    /// The calendar day of a time column at UTC <paramref name="offset"/>, as a whole number of days since 1970-01-01: figures
    /// group by the day people saw (Beijing time), and the application turns days into working days with its calendar.
    /// </summary>
    public abstract string DayNumber(string column, TimeSpan offset);

    /// <summary><c>TOP (n)</c> after SELECT on SQL Server; nothing where the limit goes at the end.</summary>
    public virtual string Top(string count) => "";

    /// <summary><c>LIMIT n</c> at the end of a query; nothing where the limit goes after SELECT.</summary>
    public virtual string Limit(string count) => "LIMIT " + count;

    /// <summary>Rows <c>offset</c> to <c>offset + limit</c> of an ordered query: after its ORDER BY.</summary>
    public virtual string Page(string offset, string limit) => $"LIMIT {limit} OFFSET {offset}";

    /// <summary>The row lock a claim takes on its candidate rows, after the query (<c>FOR UPDATE SKIP LOCKED</c>).</summary>
    protected virtual string ClaimLockClause => "";

    /// <summary>
    /// The hint after a table name that holds the range a <c>NOT EXISTS</c> check read until the commit, so that two
    /// writers can't both find a key free (SQL Server); nothing where the insert itself refuses the second.
    /// </summary>
    public virtual string KeyRangeLock => "";

    /// <summary>
    /// Claims up to <paramref name="max"/> rows of <paramref name="table"/> matching <paramref name="where"/>, in
    /// <paramref name="orderBy"/> order, skipping rows another host holds: sets <paramref name="setColumn"/> on them
    /// and returns <paramref name="returning"/> (column, alias) of each.
    /// </summary>
    public virtual string Claim(string table, IReadOnlyList<string> key, string where, string orderBy, string max, string setColumn, string setValue,
        IReadOnlyList<(string Column, string Alias)> returning)
    {
        var keys = string.Join(", ", key);
        return $"""
            UPDATE {table}
            SET {setColumn} = {setValue}
            WHERE {(key.Count == 1 ? keys : "(" + keys + ")")} IN (
                SELECT {keys}
                FROM {table}
                WHERE {where}
                ORDER BY {orderBy}
                {Limit(max)}
                {ClaimLockClause})
            RETURNING {string.Join(", ", returning.Select(r => $"{r.Column} AS {r.Alias}"))}
            """;
    }

    /// <summary>
    /// Inserts <paramref name="valuesRows"/> (see <see cref="ValuesRows"/>), or where a row's <paramref name="key"/> is
    /// taken, sets the <paramref name="update"/> columns of the existing row to the new values.
    /// </summary>
    public virtual string Upsert(string table, IReadOnlyList<string> columns, string valuesRows, IReadOnlyList<string> key, IReadOnlyList<string> update) => $"""
        INSERT INTO {table} ({string.Join(", ", columns)})
        VALUES
        {valuesRows}
        ON CONFLICT ({string.Join(", ", key)}) DO UPDATE SET {string.Join(", ", update.Select(c => $"{c} = excluded.{c}"))}
        """;

    /// <summary>Inserts <paramref name="valuesRows"/>, skipping each row whose <paramref name="key"/> is taken.</summary>
    public virtual string InsertIfAbsent(string table, IReadOnlyList<string> columns, string valuesRows, IReadOnlyList<string> key) => $"""
        INSERT INTO {table} ({string.Join(", ", columns)})
        VALUES
        {valuesRows}
        ON CONFLICT ({string.Join(", ", key)}) DO NOTHING
        """;

    /// <summary>An <c>UPDATE … SET …</c> restricted by <paramref name="where"/>, returning (column, alias) of the rows as changed.</summary>
    public virtual string UpdateReturning(string update, string where, IReadOnlyList<(string Column, string Alias)> returning) =>
        $"{update}\nWHERE {where}\nRETURNING {string.Join(", ", returning.Select(r => $"{r.Column} AS {r.Alias}"))}";

    /// <summary>Creates a table unless it exists; <paramref name="name"/> unquoted, <paramref name="columns"/> its column definitions.</summary>
    public virtual string CreateTableIfAbsent(string name, string columns) => $"""
        CREATE TABLE IF NOT EXISTS {QuoteIdentifier(name)} (
            {columns}
        )
        """;

    /// <summary>
    /// <c>(@ev_seq_0, @instance_id), (@ev_seq_1, @instance_id)</c>: the VALUES rows of a multi-row statement. A column
    /// in <paramref name="shared"/> takes the one parameter named there in every row; the others take
    /// <c>prefix + column + "_" + row</c>. Each statement kind has its own prefix, so that all statements of one commit
    /// can share one parameter set and travel as one batch.
    /// </summary>
    public string ValuesRows(string prefix, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string> shared, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var sb = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            sb.Append(r == 0 ? "    (" : ",\n    (");
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0)
                {
                    sb.Append(", ");
                }
                var column = columns[c];
                sb.Append(Parameter(shared.TryGetValue(column, out var one) ? one : RowParameter(prefix + column, r)));
            }
            sb.Append(')');
        }
        return sb.ToString();
    }

    /// <summary><c>(@id, @name)</c>: one VALUES row, each column bound to the parameter of its own name.</summary>
    public string ValuesRow(IReadOnlyList<string> columns) => "(" + string.Join(", ", columns.Select(Parameter)) + ")";

    /// <summary><c>(@name_0, @name_1)</c>.</summary>
    public string InList(string name, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return "(" + string.Join(", ", Enumerable.Range(0, count).Select(i => Parameter(ListParameter(name, i)))) + ")";
    }
}
