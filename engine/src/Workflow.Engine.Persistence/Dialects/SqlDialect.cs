using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// Everything that differs between databases: the SQL text of every statement the store issues, value conversions,
/// and how to connect. The store itself holds no SQL, so a dialect's statements can be checked on their own (the SQL
/// Server ones are parsed with ScriptDom in a test). The base renders ANSI SQL with <c>ON CONFLICT</c> and
/// <c>LIMIT</c>, which SQLite and PostgreSQL share; each dialect overrides what it does differently.
/// </summary>
/// <remarks>
/// Every statement is a public virtual <c>Render…Sql</c> method whose only parameters are row or list counts, so a
/// test can enumerate and render all of them by reflection. Statements with many rows number their parameters
/// <c>@prefix_column_row</c> (see <see cref="RowParameter"/> and <see cref="ValuesRows"/>).
/// </remarks>
public abstract partial class SqlDialect
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

    /// <summary>Statements to run on every connection that writes (SQLite pragmas); empty for none.</summary>
    public virtual string RenderConnectionSetupSql() => "";

    /// <summary>Splits a migration script into the batches the server accepts one at a time.</summary>
    public virtual IReadOnlyList<string> SplitScript(string script) => [script];

    /// <summary>The parameter name of one column in one row of a multi-row statement.</summary>
    public static string RowParameter(string column, int row) => column + "_" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The parameter name of one item of an <c>IN</c> list.</summary>
    public static string ListParameter(string name, int index) => name + "_" + index.ToString(CultureInfo.InvariantCulture);

    protected string Events => QuoteIdentifier("wf_events");

    protected string Instances => QuoteIdentifier("wf_instances");

    protected string Tasks => QuoteIdentifier("wf_tasks");

    protected string Timers => QuoteIdentifier("wf_timers");

    protected string TaskUsersTable => QuoteIdentifier("wf_task_users");

    protected string Outbox => QuoteIdentifier("wf_outbox");

    protected string Requests => QuoteIdentifier("wf_requests");

    protected string SchemaVersions => QuoteIdentifier("wf_schema_versions");

    /// <summary><c>TOP (n)</c> after SELECT on SQL Server; nothing where the limit goes at the end.</summary>
    protected virtual string Top(string count) => "";

    /// <summary><c>LIMIT n</c> at the end of a query; nothing where the limit goes after SELECT.</summary>
    protected virtual string Limit(string count) => "LIMIT " + count;

    /// <summary>The row lock a claim takes on its candidate rows, after the query (<c>FOR UPDATE SKIP LOCKED</c>).</summary>
    protected virtual string ClaimLockClause => "";

    /// <summary>
    /// <c>(@ev_seq_0, @instance_id), (@ev_seq_1, @instance_id)</c>: the VALUES rows of a multi-row statement. A column
    /// in <paramref name="shared"/> takes the one parameter named there in every row; the others take
    /// <c>prefix + column + "_" + row</c>. Each statement kind has its own prefix, so that all statements of one commit
    /// can share one parameter set and travel as one batch.
    /// </summary>
    protected string ValuesRows(string prefix, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string> shared, int rows)
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

    /// <summary><c>(@name_0, @name_1)</c>.</summary>
    protected string InList(string name, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return "(" + string.Join(", ", Enumerable.Range(0, count).Select(i => Parameter(ListParameter(name, i)))) + ")";
    }
}
