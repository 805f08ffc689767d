using System.Data.Common;
using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// The savepoint around each write of a shared transaction. SqliteTransaction parses its SAVEPOINT and RELEASE text
/// again on every call, on the one writer thread that every approver waits for; on SQLite the three statements run
/// instead as prepared commands kept on the writer's connection (<see cref="StatementRunner"/>). Other databases take
/// their provider's own savepoint syntax.
/// </summary>
internal static class Savepoints
{
    private static readonly StatementParameters None = new(SqliteDialect.Instance);

    public static Task SaveAsync(DbTransaction transaction, string name) =>
        transaction.Connection is SqliteConnection sqlite
            ? StatementRunner.ExecuteAsync(sqlite, transaction, new Statement("SAVEPOINT " + name, None), default)
            : transaction.SaveAsync(name);

    public static Task RollbackAsync(DbTransaction transaction, string name) =>
        transaction.Connection is SqliteConnection sqlite
            ? StatementRunner.ExecuteAsync(sqlite, transaction, new Statement("ROLLBACK TO " + name, None), default)
            : transaction.RollbackAsync(name);

    public static Task ReleaseAsync(DbTransaction transaction, string name) =>
        transaction.Connection is SqliteConnection sqlite
            ? StatementRunner.ExecuteAsync(sqlite, transaction, new Statement("RELEASE " + name, None), default)
            : transaction.ReleaseAsync(name);
}
