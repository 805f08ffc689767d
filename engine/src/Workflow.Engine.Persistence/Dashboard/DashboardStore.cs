using System.Globalization;
using Dapper;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Dashboard;

/// <summary>
/// The dashboard's figures as SQL aggregates over every case in a reader's <see cref="CaseScope"/> (the scope is in the
/// WHERE clause, as in every list): volumes by status and by item and month, 按期办结 by township and by item, and
/// completed steps by the days they opened and closed. Reads only.
/// </summary>
public sealed class DashboardStore(WorkflowDatabase database)
{
    private readonly DashboardSql _sql = DashboardSql.For(database.Dialect);
    private readonly CaseScopeSql _scope = CaseScopeSql.For(database.Dialect);

    /// <summary>Cases in scope by status (<c>Finished</c>, <c>Suspended</c>, …); <see cref="CaseCount.Month"/> is 0.</summary>
    public Task<IReadOnlyList<CaseCount>> CasesByStatusAsync(CaseScope scope, CancellationToken cancellationToken = default) =>
        QueryAsync(scope, _sql.CasesByStatus, _ => { }, r => new CaseCount(Text(r, "Status"), 0, Number(r, "Cases")), cancellationToken);

    /// <summary>
    /// Cases in scope created in each month of a window, by item (definition id): <paramref name="monthStarts"/> are the
    /// months' starts followed by the end of the last; <see cref="CaseCount.Month"/> indexes them.
    /// </summary>
    public Task<IReadOnlyList<CaseCount>> CasesByItemAndMonthAsync(CaseScope scope, IReadOnlyList<DateTimeOffset> monthStarts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(monthStarts);
        ArgumentOutOfRangeException.ThrowIfLessThan(monthStarts.Count, 2);
        return QueryAsync(scope, s => _sql.CasesByItemAndMonth(s, monthStarts.Count - 1), p =>
        {
            for (var n = 0; n < monthStarts.Count; n++)
            {
                p.AddTime(database.Dialect, DashboardSql.MonthParameter(n), monthStarts[n]);
            }
        }, r => new CaseCount(Text(r, "DefinitionId"), (int)Number(r, "Month"), Number(r, "Cases")), cancellationToken);
    }

    /// <summary>Finished cases in scope by township (its twelve-digit code, <see cref="DivisionCode.FromDigits"/>) and how many closed every step on time.</summary>
    public Task<IReadOnlyList<OnTimeCount>> OnTimeByTownshipAsync(CaseScope scope, CancellationToken cancellationToken = default) =>
        QueryAsync(scope, _sql.OnTimeByTownship, _ => { },
            r => new OnTimeCount(Township(Text(r, "GroupKey")), Number(r, "Finished"), Number(r, "OnTime")), cancellationToken);

    /// <summary>Finished cases in scope by item (definition id) and how many closed every step on time.</summary>
    public Task<IReadOnlyList<OnTimeCount>> OnTimeByItemAsync(CaseScope scope, CancellationToken cancellationToken = default) =>
        QueryAsync(scope, _sql.OnTimeByItem, _ => { }, r => new OnTimeCount(Text(r, "GroupKey"), Number(r, "Finished"), Number(r, "OnTime")),
            cancellationToken);

    /// <summary>Completed steps of the cases in scope by item, title, and the Beijing days they opened and closed on.</summary>
    public Task<IReadOnlyList<StepDayCount>> StepDaysAsync(CaseScope scope, CancellationToken cancellationToken = default) =>
        QueryAsync(scope, _sql.StepDays, _ => { }, r => new StepDayCount(Text(r, "DefinitionId"), Text(r, "Title"), (int)Number(r, "OpenedDay"),
            (int)Number(r, "ClosedDay"), Number(r, "Tasks")), cancellationToken);

    private static string Township(string digits) => DivisionCode.FromDigits(digits)?.Value ?? digits;

    private async Task<IReadOnlyList<T>> QueryAsync<T>(CaseScope scope, Func<string, string> statement, Action<DynamicParameters> bind,
        Func<IDictionary<string, object?>, T> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var p = new DynamicParameters();
        bind(p);
        var sql = statement(_scope.Condition(scope, "i.id", p));
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
        // PostgreSQL folds unquoted aliases to lower case: read columns by name, whatever the case.
        return rows.Select(r => map(new Dictionary<string, object?>((IDictionary<string, object?>)r, StringComparer.OrdinalIgnoreCase))).ToList();
    }

    // Counts and day numbers come back as int or long (or numeric) depending on the database; read them by value.
    private static string Text(IDictionary<string, object?> row, string column) =>
        row[column] is { } value and not DBNull ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "";

    private static long Number(IDictionary<string, object?> row, string column) =>
        row[column] is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
}
