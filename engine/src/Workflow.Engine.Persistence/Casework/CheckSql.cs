using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The statements of external checks (<c>cw_checks</c>): asked, retried once, given up or answered.</summary>
internal sealed class CheckSql
{
    private const string CheckSelectList = """
        id AS Id, application_id AS ApplicationId, source AS Source, status AS Status, attempts AS Attempts, requested_at AS RequestedAt,
            due_at AS DueAt, answered_at AS AnsweredAt, result AS Result
        """;

    public CheckSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var checks = dialect.QuoteIdentifier("cw_checks");
        InsertCheck = $"""
            INSERT INTO {checks} (id, application_id, source, status, attempts, requested_at, due_at, answered_at, result)
            VALUES ({P("id")}, {P("application_id")}, {P("source")}, 'pending', 1, {P("requested_at")},
                {P("due_at")}, NULL, NULL)
            """;
        ListChecks = $"""
            SELECT {CheckSelectList}
            FROM {checks}
            WHERE application_id = {P("application_id")}
            ORDER BY source
            """;
        GetCheck = $"""
            SELECT {CheckSelectList}
            FROM {checks}
            WHERE id = {P("id")}
            """;
        DueChecks = $"""
            SELECT {dialect.Top(P("limit"))} {CheckSelectList}
            FROM {checks}
            WHERE due_at < {P("now")} AND status = 'pending'
            ORDER BY due_at
            {dialect.Limit(P("limit"))}
            """;
        RetryCheck = $"""
            UPDATE {checks}
            SET attempts = attempts + 1, requested_at = {P("now")}, due_at = {P("due_at")}
            WHERE id = {P("id")} AND status = 'pending' AND attempts = {P("attempts")}
            """;
        GiveUpCheck = $"""
            UPDATE {checks}
            SET status = 'timed-out'
            WHERE id = {P("id")} AND status = 'pending' AND attempts = {P("attempts")}
            """;
        AnswerCheck = $"""
            UPDATE {checks}
            SET status = 'answered', answered_at = {P("now")}, result = {P("result")}
            WHERE id = {P("id")} AND status <> 'answered'
            """;
    }

    public static CheckSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new CheckSql(d));

    public string InsertCheck { get; }

    public string ListChecks { get; }

    public string GetCheck { get; }

    /// <summary>Pending checks past their deadline, oldest first: uses <c>ix_cw_checks_pending_due</c>.</summary>
    public string DueChecks { get; }

    /// <summary>Asks again, once: the attempt count in the WHERE keeps two hosts from both retrying.</summary>
    public string RetryCheck { get; }

    public string GiveUpCheck { get; }

    public string AnswerCheck { get; }
}

