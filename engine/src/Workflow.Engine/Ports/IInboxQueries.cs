namespace Workflow.Engine.Ports;

/// <summary>
/// The inbox: queries over task rows, each backed by an index made for it (no query scans the task table).
/// Pages are newest first, at most <c>limit</c> rows. A list read for a person passes their <see cref="CaseScope"/>, which
/// goes into the query's WHERE clause; without one (the system's own reads) every case counts.
/// </summary>
public interface IInboxQueries
{
    /// <summary>
    /// A user's own inbox from the task-user rows: <see cref="UserInbox.ToDo"/> (held, or claimable as a resolved
    /// candidate) or <see cref="UserInbox.Copied"/> (抄送), newest first.
    /// </summary>
    Task<IReadOnlyList<TaskRow>> ForUserAsync(string userId, UserInbox inbox, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// A page of one inbox tab (<see cref="InboxSearch"/>) within <paramref name="scope"/>, with the number of all its
    /// matching tasks: 待办 and 超期 by deadline (none last), 已办 and 抄送 newest first.
    /// </summary>
    Task<ListPage<TaskRow>> SearchAsync(InboxSearch search, CaseScope scope, int offset, int limit, CancellationToken cancellationToken);

    Task<TaskRow?> FindAsync(string taskId, CancellationToken cancellationToken);
}
