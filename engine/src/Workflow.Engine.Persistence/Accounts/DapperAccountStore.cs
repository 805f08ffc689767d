using System.Text.Json;
using Dapper;

namespace Workflow.Engine.Persistence.Accounts;

/// <summary>
/// Accounts in the host's own database (table <c>wf_accounts</c>, migrations 0004 and 0008), through the same
/// <see cref="WorkflowDatabase"/> and dialect as the cases. Lists are stored as JSON arrays.
/// </summary>
public sealed class DapperAccountStore(WorkflowDatabase database, TimeProvider time) : IAccountStore
{
    private readonly AccountSql _sql = AccountSql.For(database.Dialect);

    public Task<Account?> FindAsync(string loginName, CancellationToken cancellationToken) =>
        FindOneAsync(_sql.Find, new { login_name = loginName }, cancellationToken);

    public Task<Account?> FindByUserAsync(string userId, CancellationToken cancellationToken) =>
        FindOneAsync(_sql.FindByUser, new { user_id = userId }, cancellationToken);

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.Any, cancellationToken: cancellationToken)).ConfigureAwait(false) != 0;
    }

    public Task<bool> AddIfMissingAsync(Account account, CancellationToken cancellationToken) => InsertAsync(_sql.Insert, account, cancellationToken);

    public Task<bool> AddFirstAsync(Account account, CancellationToken cancellationToken) => InsertAsync(_sql.InsertFirst, account, cancellationToken);

    public async Task<SignInFailure?> RecordAttemptAsync(
        string loginName, DateTimeOffset now, int maxAttempts, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<FailureRow>(new CommandDefinition(_sql.RecordAttempt, new
        {
            login_name = loginName,
            now = dialect.ToDbTime(now),
            max_attempts = maxAttempts,
            lock_until = dialect.ToDbTime(lockUntil),
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new SignInFailure(row.FailedAttempts, row.LockedUntil is null ? null : dialect.FromDbTime(row.LockedUntil));
    }

    public async Task<bool> RecordSuccessAsync(string loginName, string passwordHash, int attempts, CancellationToken cancellationToken) =>
        await ExecuteAsync(_sql.RecordSuccess, new { login_name = loginName, password_hash = passwordHash, attempts }, cancellationToken).ConfigureAwait(false) == 1;

    public async Task<bool> SetPasswordAsync(string loginName, string passwordHash, bool mustChange, string securityStamp, CancellationToken cancellationToken) =>
        await ExecuteAsync(_sql.SetPassword, new
        {
            login_name = loginName,
            password_hash = passwordHash,
            must_change_password = mustChange ? 1 : 0,
            security_stamp = securityStamp,
        }, cancellationToken).ConfigureAwait(false) == 1;

    public Task SetSecurityStampAsync(string userId, string securityStamp, CancellationToken cancellationToken) =>
        ExecuteAsync(_sql.SetSecurityStamp, new { user_id = userId, security_stamp = securityStamp }, cancellationToken);

    private async Task<Account?> FindOneAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var row = await connection.QueryFirstOrDefaultAsync<AccountRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
            row.LockedUntil is null ? null : database.Dialect.FromDbTime(row.LockedUntil),
            row.MustChangePassword != 0,
            row.SecurityStamp);
    }

    private async Task<bool> InsertAsync(string sql, Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var dialect = database.Dialect;
        return await ExecuteAsync(sql, new
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
            must_change_password = account.MustChangePassword ? 1 : 0,
            security_stamp = account.SecurityStamp,
            created_at = dialect.ToDbTime(time.GetUtcNow()),
        }, cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
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

        public long MustChangePassword { get; set; }

        public string SecurityStamp { get; set; } = "";
    }

    private sealed class FailureRow
    {
        public int FailedAttempts { get; set; }

        public object? LockedUntil { get; set; }
    }
}
