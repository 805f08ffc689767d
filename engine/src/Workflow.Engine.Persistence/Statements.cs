using System.Collections.Concurrent;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence;

/// <summary>The dialect's statements rendered once: fixed ones at construction, sized ones on first use per size.</summary>
internal sealed class Statements(SqlDialect dialect)
{
    private enum Sized
    {
        InsertEvents,
        UpsertTasks,
        UpsertTimers,
        DeleteTimers,
        DeleteTimersExcept,
        InsertOutbox,
        MarkSent,
        ForPost,
        CountForPost,
        DeleteTaskUsers,
        InsertTaskUsers,
    }

    private readonly ConcurrentDictionary<(Sized Kind, int Size), string> _sized = new();

    public string LoadInstance { get; } = dialect.RenderLoadInstanceSql();

    public string ReadHead { get; } = dialect.RenderReadHeadSql();

    public string InsertInstance { get; } = dialect.RenderInsertInstanceSql();

    public string InsertInstanceStrict { get; } = dialect.RenderInsertInstanceStrictSql();

    public string UpdateInstance { get; } = dialect.RenderUpdateInstanceSql();

    public string InsertRequest { get; } = dialect.RenderInsertRequestSql();

    public string InsertRequestStrict { get; } = dialect.RenderInsertRequestStrictSql();

    public string FindResult { get; } = dialect.RenderFindResultSql();

    public string DeleteAllTimers { get; } = dialect.RenderDeleteAllTimersSql();

    public string ClaimTimers { get; } = dialect.RenderClaimTimersSql();

    public string ClaimOutbox { get; } = dialect.RenderClaimOutboxSql();

    public string OldestUnsent { get; } = dialect.RenderOldestUnsentSql();

    public string AssignedTo { get; } = dialect.RenderAssignedToSql();

    public string ForDepartment { get; } = dialect.RenderForDepartmentSql();

    public string Overdue { get; } = dialect.RenderOverdueSql();

    public string FindTask { get; } = dialect.RenderFindTaskSql();

    public string ToDoForUser { get; } = dialect.RenderToDoForUserSql();

    public string CopiedToUser { get; } = dialect.RenderCopiedToUserSql();

    public string InstanceEvents { get; } = dialect.RenderInstanceEventsSql();


    public string InsertEvents(int rows) => Get(Sized.InsertEvents, rows, dialect.RenderInsertEventsSql);

    public string UpsertTasks(int rows) => Get(Sized.UpsertTasks, rows, dialect.RenderUpsertTasksSql);

    public string UpsertTimers(int rows) => Get(Sized.UpsertTimers, rows, dialect.RenderUpsertTimersSql);

    public string DeleteTimers(int rows) => Get(Sized.DeleteTimers, rows, dialect.RenderDeleteTimersSql);

    public string DeleteTimersExcept(int keep) => Get(Sized.DeleteTimersExcept, keep, dialect.RenderDeleteTimersExceptSql);

    public string InsertOutbox(int rows) => Get(Sized.InsertOutbox, rows, dialect.RenderInsertOutboxSql);

    public string MarkSent(int ids) => Get(Sized.MarkSent, ids, dialect.RenderMarkSentSql);

    public string ForPost(int divisions) => Get(Sized.ForPost, divisions, n => dialect.RenderForPostSql(n));

    public string CountForPost(int divisions) => Get(Sized.CountForPost, divisions, n => dialect.RenderCountForPostSql(n));

    public string DeleteTaskUsers(int tasks) => Get(Sized.DeleteTaskUsers, tasks, dialect.RenderDeleteTaskUsersSql);

    public string InsertTaskUsers(int rows) => Get(Sized.InsertTaskUsers, rows, dialect.RenderInsertTaskUsersSql);

    private string Get(Sized kind, int size, Func<int, string> render) => _sized.GetOrAdd((kind, size), static (k, r) => r(k.Size), render);
}
