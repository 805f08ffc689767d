using System.Data.Common;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>Which exceptions a consumer's retry runs again; anything else faults the message to <c>_error</c> at once.</summary>
internal static class TransientFailures
{
    /// <summary>SQLite's primary result codes for a busy database file and a locked table (sqlite.org/rescode.html).</summary>
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsTransient(Exception exception) => exception switch
    {
        WorkflowConflictException or TimeoutException => true,
        // NpgsqlException and SqlException report IsTransient themselves; SqliteException carries its result code in
        // ErrorCode, which no other provider sets that low. Checked here so this project needs no database package.
        DbException db => db.IsTransient || db.ErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    };
}
