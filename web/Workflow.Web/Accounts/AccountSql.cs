using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Web.Accounts;

/// <summary>
/// The account statements in the host database's dialect. Only the insert differs: SQLite and PostgreSQL skip an
/// existing login with <c>ON CONFLICT</c>, SQL Server with <c>NOT EXISTS</c> under an update lock.
/// </summary>
internal sealed class AccountSql(SqlDialect dialect)
{
    private static readonly string[] Columns =
        ["login_name", "user_id", "display_name", "role", "password_hash", "posts", "divisions", "departments", "failed_attempts", "locked_until", "created_at"];

    public string Find { get; } = $"""
        SELECT login_name AS LoginName, user_id AS UserId, display_name AS DisplayName, role AS Role, password_hash AS PasswordHash,
            posts AS Posts, divisions AS Divisions, departments AS Departments, failed_attempts AS FailedAttempts, locked_until AS LockedUntil
        FROM wf_accounts
        WHERE login_name = {dialect.Parameter("login_name")}
        """;

    public string Insert { get; } = dialect.Name == "sqlserver"
        ? $"""
            INSERT INTO wf_accounts ({string.Join(", ", Columns)})
            SELECT {string.Join(", ", Columns.Select(dialect.Parameter))}
            WHERE NOT EXISTS (SELECT 1 FROM wf_accounts WITH (UPDLOCK, HOLDLOCK) WHERE login_name = {dialect.Parameter("login_name")});
            """
        : $"""
            INSERT INTO wf_accounts ({string.Join(", ", Columns)})
            VALUES ({string.Join(", ", Columns.Select(dialect.Parameter))})
            ON CONFLICT (login_name) DO NOTHING
            """;

    public string UpdateSignInState { get; } = $"""
        UPDATE wf_accounts
        SET failed_attempts = {dialect.Parameter("failed_attempts")}, locked_until = {dialect.Parameter("locked_until")},
            password_hash = {dialect.Parameter("password_hash")}
        WHERE login_name = {dialect.Parameter("login_name")}
        """;
}
