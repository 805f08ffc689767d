using System.Text.Json;
using Dapper;
using Workflow.Engine.Persistence;

namespace Workflow.Web.Accounts;

/// <summary>
/// Accounts in the host's own database (table <c>wf_accounts</c>, migration 0004), through the same
/// <see cref="WorkflowDatabase"/> and dialect as the cases. Lists are stored as JSON arrays.
/// </summary>
public sealed class DapperAccountStore(WorkflowDatabase database, TimeProvider time) : IAccountStore
{
    private readonly AccountSql _sql = new(database.Dialect);

    public async Task<Account?> FindAsync(string loginName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<AccountRow>(
            new CommandDefinition(_sql.Find, new { login_name = loginName }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new Account(
            row.LoginName,
            row.UserId,
            row.DisplayName,
            row.Role,
            row.PasswordHash,
            List(row.Posts),
            List(row.Divisions),
            List(row.Departments),
            row.FailedAttempts,
            row.LockedUntil is null ? null : database.Dialect.FromDbTime(row.LockedUntil));
    }

    public async Task<bool> AddIfMissingAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var added = await connection.ExecuteAsync(new CommandDefinition(_sql.Insert, new
        {
            login_name = account.LoginName,
            user_id = account.UserId,
            display_name = account.DisplayName,
            role = account.Role,
            password_hash = account.PasswordHash,
            posts = JsonSerializer.Serialize(account.Posts),
            divisions = JsonSerializer.Serialize(account.Divisions),
            departments = JsonSerializer.Serialize(account.Departments),
            failed_attempts = account.FailedAttempts,
            locked_until = account.LockedUntil is { } until ? dialect.ToDbTime(until) : null,
            created_at = dialect.ToDbTime(time.GetUtcNow()),
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return added == 1;
    }

    public async Task UpdateSignInStateAsync(
        string loginName, int failedAttempts, DateTimeOffset? lockedUntil, string passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var updated = await connection.ExecuteAsync(new CommandDefinition(_sql.UpdateSignInState, new
        {
            login_name = loginName,
            failed_attempts = failedAttempts,
            locked_until = lockedUntil is { } until ? database.Dialect.ToDbTime(until) : null,
            password_hash = passwordHash,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Expected to update account '{loginName}', but {updated} rows changed.");
        }
    }

    private static string[] List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>Columns as read; the time column stays raw until the dialect converts it.</summary>
    private sealed class AccountRow
    {
        public string LoginName { get; set; } = "";

        public string UserId { get; set; } = "";

        public string DisplayName { get; set; } = "";

        public string Role { get; set; } = "";

        public string PasswordHash { get; set; } = "";

        public string Posts { get; set; } = "[]";

        public string Divisions { get; set; } = "[]";

        public string Departments { get; set; } = "[]";

        public int FailedAttempts { get; set; }

        public object? LockedUntil { get; set; }
    }
}
