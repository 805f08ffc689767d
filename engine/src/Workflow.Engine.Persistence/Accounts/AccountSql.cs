using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Accounts;

/// <summary>
/// The statements of <c>wf_accounts</c>. Adding skips a login name that exists (<see cref="SqlDialect.InsertIfAbsent"/>),
/// and a sign-in attempt reads and writes its count in one statement that returns the row as changed.
/// </summary>
internal sealed class AccountSql
{
    private static readonly IReadOnlyList<string> Columns =
    [
        "login_name", "user_id", "display_name", "role", "password_hash", "posts", "divisions", "departments", "failed_attempts", "locked_until",
        "must_change_password", "security_stamp", "created_at",
    ];

    public AccountSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var accounts = dialect.QuoteIdentifier("wf_accounts");
        var select = $"""
            SELECT login_name AS LoginName, user_id AS UserId, display_name AS DisplayName, role AS Role, password_hash AS PasswordHash,
                posts AS Posts, divisions AS Divisions, departments AS Departments, failed_attempts AS FailedAttempts, locked_until AS LockedUntil,
                must_change_password AS MustChangePassword, security_stamp AS SecurityStamp
            FROM {accounts}
            """;
        Find = $"{select}\nWHERE login_name = {P("login_name")}";
        FindByUser = $"{select}\nWHERE user_id = {P("user_id")}";
        Any = $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {accounts}) THEN 1 ELSE 0 END";
        Insert = dialect.InsertIfAbsent(accounts, Columns, dialect.ValuesRow(Columns), ["login_name"]);
        InsertFirst = $"""
            INSERT INTO {accounts} ({string.Join(", ", Columns)})
            SELECT {string.Join(", ", Columns.Select(P))}
            WHERE NOT EXISTS (SELECT 1 FROM {accounts}{dialect.KeyRangeLock})
            """;
        var now = P("now");
        // Attempts go on counting during a lockout, so each one gets its own number: the one that reached the limit
        // set the lock, and every later one is refused without a password check.
        var next = $"(CASE WHEN locked_until <= {now} THEN 1 ELSE failed_attempts + 1 END)";
        RecordAttempt = dialect.UpdateReturning($"""
            UPDATE {accounts}
            SET failed_attempts = {next},
                locked_until = CASE WHEN locked_until > {now} THEN locked_until WHEN {next} >= {P("max_attempts")} THEN {P("lock_until")} ELSE NULL END
            """, $"login_name = {P("login_name")}", [("failed_attempts", "FailedAttempts"), ("locked_until", "LockedUntil")]);
        RecordSuccess = $"""
            UPDATE {accounts}
            SET failed_attempts = 0, locked_until = NULL, password_hash = {P("password_hash")}
            WHERE login_name = {P("login_name")} AND failed_attempts = {P("attempts")}
            """;
        SetPassword = $"""
            UPDATE {accounts}
            SET password_hash = {P("password_hash")}, must_change_password = {P("must_change_password")}, security_stamp = {P("security_stamp")},
                failed_attempts = 0, locked_until = NULL
            WHERE login_name = {P("login_name")}
            """;
        SetSecurityStamp = $"UPDATE {accounts} SET security_stamp = {P("security_stamp")} WHERE user_id = {P("user_id")}";
    }

    public static AccountSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new AccountSql(d));

    public string Find { get; }

    public string FindByUser { get; }

    public string Any { get; }

    public string Insert { get; }

    /// <summary>Inserts only into an empty table: the first administrator, whichever host asks first.</summary>
    public string InsertFirst { get; }

    /// <summary>
    /// One statement reads and writes the count, so a parallel burst of attempts locks the account exactly as a
    /// sequential one does. Every SET expression sees the row as it was before the statement.
    /// </summary>
    public string RecordAttempt { get; }

    public string RecordSuccess { get; }

    public string SetPassword { get; }

    public string SetSecurityStamp { get; }
}
