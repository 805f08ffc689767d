using System.Globalization;
using System.Text;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Dashboard;

/// <summary>
/// The dashboard's aggregates over every case in a scope (<see cref="CaseScopeSql"/> over <c>i.id</c>): the database
/// counts, so no figure depends on how many cases the host could load. Days are Beijing days (<see cref="ChinaTime"/>).
/// </summary>
internal sealed class DashboardSql(SqlDialect dialect)
{
    /// <summary>A township's digits of a division code (the rest are its villages), as <see cref="DivisionCode"/> decides.</summary>
    public static readonly int TownshipDigits = DivisionCode.DigitsAt(AdministrativeLevel.Township);

    private readonly string _instances = dialect.QuoteIdentifier("wf_instances");
    private readonly string _tasks = dialect.QuoteIdentifier("wf_tasks");

    public static DashboardSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new DashboardSql(d));

    /// <summary>The parameter of the start of month <paramref name="n"/> of the window (0 the oldest; <c>months</c> the end).</summary>
    public static string MonthParameter(int n) => "month_" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Cases in scope by status.</summary>
    public string CasesByStatus(string scope) => $"""
        SELECT i.status AS Status, COUNT(*) AS Cases
        FROM {_instances} i
        WHERE {scope}
        GROUP BY i.status
        """;

    /// <summary>
    /// Cases in scope by item (definition) and month of creation, over <paramref name="months"/> months whose starts are
    /// the parameters <see cref="MonthParameter"/> 0..months; the month is its index in the window.
    /// </summary>
    public string CasesByItemAndMonth(string scope, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var bucket = new StringBuilder(months == 1 ? "0" : "CASE");
        for (var n = 1; n < months; n++)
        {
            bucket.Append(CultureInfo.InvariantCulture, $" WHEN i.created_at < {P(MonthParameter(n))} THEN {n - 1}");
        }
        if (months > 1)
        {
            bucket.Append(CultureInfo.InvariantCulture, $" ELSE {months - 1} END");
        }
        return $"""
            SELECT b.definition_id AS DefinitionId, b.bucket AS Month, COUNT(*) AS Cases
            FROM (
                SELECT i.definition_id, {bucket} AS bucket
                FROM {_instances} i
                WHERE i.created_at >= {P(MonthParameter(0))} AND i.created_at < {P(MonthParameter(months))} AND {scope}
            ) b
            GROUP BY b.definition_id, b.bucket
            """;
    }

    /// <summary>
    /// 按期办结 by township: finished cases in scope, and how many of them closed every step by its deadline. The township
    /// is the first <see cref="TownshipDigits"/> digits of the case's division.
    /// </summary>
    public string OnTimeByTownship(string scope) => OnTime(dialect.Prefix("i.division_code", TownshipDigits), scope);

    /// <summary>按期办结 by item: finished cases in scope and how many closed every step by its deadline.</summary>
    public string OnTimeByItem(string scope) => OnTime("i.definition_id", scope);

    /// <summary>
    /// Completed steps of the cases in scope, counted by item, step title, and the Beijing days they opened and closed on:
    /// the working days between two days come from the calendar, which the database does not hold.
    /// </summary>
    public string StepDays(string scope) => $"""
        SELECT s.definition_id AS DefinitionId, s.title AS Title, s.opened_day AS OpenedDay, s.closed_day AS ClosedDay, COUNT(*) AS Tasks
        FROM (
            SELECT i.definition_id, t.title, {dialect.DayNumber("t.opened_at", ChinaTime.Offset)} AS opened_day,
                {dialect.DayNumber("t.closed_at", ChinaTime.Offset)} AS closed_day
            FROM {_tasks} t
            JOIN {_instances} i ON i.id = t.instance_id
            WHERE t.status = 'Completed' AND t.closed_at IS NOT NULL AND {scope}
        ) s
        GROUP BY s.definition_id, s.title, s.opened_day, s.closed_day
        """;

    private string OnTime(string key, string scope) => $"""
        SELECT c.group_key AS GroupKey, COUNT(*) AS Finished, SUM(CASE WHEN c.late = 0 THEN 1 ELSE 0 END) AS OnTime
        FROM (
            SELECT {key} AS group_key,
                (SELECT COUNT(*) FROM {_tasks} t WHERE t.instance_id = i.id AND t.due_at IS NOT NULL AND t.closed_at > t.due_at) AS late
            FROM {_instances} i
            WHERE i.status = 'Finished' AND i.division_code IS NOT NULL AND {scope}
        ) c
        GROUP BY c.group_key
        """;

    private string P(string name) => dialect.Parameter(name);
}
