using Dapper;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Schema;

/// <summary>
/// Fills the list-scope columns of rows written before migration 0012, once, after migrating: an instance's
/// child-protection mark from its snapshot's input, an application's from its sub-cases, a sub-case's household
/// division from its instance. Until then lists treat an unknown mark as restricted, so nothing is shown that should
/// not be; this makes old cases and applications appear again where they belong.
/// </summary>
public sealed class ScopeBackfill(WorkflowDatabase database)
{
    private const int Batch = 500;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var dialect = database.Dialect;
        var sql = ScopeBackfillSql.For(dialect);
        while (true)
        {
            IReadOnlyList<(string Id, string Snapshot)> rows;
            await using (var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false))
            {
                rows = (await connection.QueryAsync<(string, string)>(new CommandDefinition(sql.UnmarkedInstances, new { limit = Batch },
                    cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            }
            if (rows.Count == 0)
            {
                break;
            }
            await database.InTransactionAsync(async (c, t) =>
            {
                foreach (var (id, snapshot) in rows)
                {
                    var restricted = ChildProtection.Of(InstanceSnapshot.FromJson(snapshot).Input) ? 1 : 0;
                    await c.ExecuteAsync(new CommandDefinition(sql.MarkInstance,
                        new { id, restricted }, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
                }
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        }
        await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition(sql.MarkApplications, transaction: t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return await c.ExecuteAsync(new CommandDefinition(sql.FillCaseDivisions, transaction: t, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }
}
