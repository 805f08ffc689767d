using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Web.Accounts;

/// <summary>
/// The account statements in the host database's dialect. SQLite and PostgreSQL skip an existing login with
/// <c>ON CONFLICT</c> and return changed rows with <c>RETURNING</c>; SQL Server uses <c>NOT EXISTS</c> under an update
/// lock and <c>OUTPUT</c>.
/// </summary>
internal sealed class AccountSql(SqlDialect dialect)
{
    private static readonly string[] Columns =
    [
        "login_name", "user_id", "display_name", "role", "password_hash", "posts", "divisions", "departments", "failed_attempts", "locked_until",
        "must_change_password", "security_stamp", "created_at",
    ];

    private const string Select = """
        SELECT login_name AS LoginName, user_id AS UserId, display_name AS DisplayName, role AS Role, password_hash AS PasswordHash,
            posts AS Posts, divisions AS Divisions, departments AS Departments, failed_attempts AS FailedAttempts, locked_until AS LockedUntil,
            must_change_password AS MustChangePassword, security_stamp AS SecurityStamp
        FROM wf_accounts
        """;

    private bool IsSqlServer => dialect.Name == "sqlserver";

    public string Find => $"{Select}\nWHERE login_name = {P("login_name")}";

    public string FindByUser => $"{Select}\nWHERE user_id = {P("user_id")}";

    public string Any => IsSqlServer ? "SELECT CASE WHEN EXISTS (SELECT 1 FROM wf_accounts) THEN 1 ELSE 0 END" : "SELECT EXISTS (SELECT 1 FROM wf_accounts)";

    public string Insert => IsSqlServer
        ? $"""
            INSERT INTO wf_accounts ({string.Join(", ", Columns)})
            SELECT {string.Join(", ", Columns.Select(P))}
            WHERE NOT EXISTS (SELECT 1 FROM wf_accounts WITH (UPDLOCK, HOLDLOCK) WHERE login_name = {P("login_name")});
            """
        : $"""
            INSERT INTO wf_accounts ({string.Join(", ", Columns)})
            VALUES ({string.Join(", ", Columns.Select(P))})
            ON CONFLICT (login_name) DO NOTHING
            """;

    /// <summary>Inserts only into an empty table: the first administrator, whichever host asks first.</summary>
    public string InsertFirst => $"""
        INSERT INTO wf_accounts ({string.Join(", ", Columns)})
        SELECT {string.Join(", ", Columns.Select(P))}
        WHERE NOT EXISTS (SELECT 1 FROM wf_accounts{(IsSqlServer ? " WITH (UPDLOCK, HOLDLOCK)" : "")})
        """;

    /// <summary>
    /// One statement reads and writes the count, so a parallel burst of attempts locks the account exactly as a
    /// sequential one does. Every SET expression sees the row as it was before the statement.
    /// </summary>
    public string RecordAttempt
    {
        get
        {
            var now = P("now");
            // Attempts go on counting during a lockout, so each one gets its own number: the one that reached the limit
            // set the lock, and every later one is refused without a password check.
            var next = $"(CASE WHEN locked_until <= {now} THEN 1 ELSE failed_attempts + 1 END)";
            var set = $"""
                UPDATE wf_accounts
                SET failed_attempts = {next},
                    locked_until = CASE WHEN locked_until > {now} THEN locked_until WHEN {next} >= {P("max_attempts")} THEN {P("lock_until")} ELSE NULL END
                """;
            return IsSqlServer
                ? $"{set}\nOUTPUT inserted.failed_attempts AS FailedAttempts, inserted.locked_until AS LockedUntil\nWHERE login_name = {P("login_name")}"
                : $"{set}\nWHERE login_name = {P("login_name")}\nRETURNING failed_attempts AS FailedAttempts, locked_until AS LockedUntil";
        }
    }

    public string RecordSuccess => $"""
        UPDATE wf_accounts
        SET failed_attempts = 0, locked_until = NULL, password_hash = {P("password_hash")}
        WHERE login_name = {P("login_name")} AND failed_attempts = {P("attempts")}
        """;

    public string SetPassword => $"""
        UPDATE wf_accounts
        SET password_hash = {P("password_hash")}, must_change_password = {P("must_change_password")}, security_stamp = {P("security_stamp")},
            failed_attempts = 0, locked_until = NULL
        WHERE login_name = {P("login_name")}
        """;

    public string SetSecurityStamp => $"UPDATE wf_accounts SET security_stamp = {P("security_stamp")} WHERE user_id = {P("user_id")}";

    /// <summary>Every statement, for the SQL Server parse test.</summary>
    public IReadOnlyList<string> All => [Find, FindByUser, Any, Insert, InsertFirst, RecordAttempt, RecordSuccess, SetPassword, SetSecurityStamp];

    private string P(string name) => dialect.Parameter(name);
}
