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
        while (true)
        {
            IReadOnlyList<(string Id, string Snapshot)> rows;
            await using (var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false))
            {
                rows = (await connection.QueryAsync<(string, string)>(new CommandDefinition(
                    $"SELECT {Top()} id, snapshot FROM wf_instances WHERE restricted IS NULL ORDER BY id {Limit()}",
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
                    await c.ExecuteAsync(new CommandDefinition("UPDATE wf_instances SET restricted = @restricted WHERE id = @id AND restricted IS NULL",
                        new { id, restricted }, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
                }
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        }
        await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition("""
                UPDATE cw_applications SET restricted = CASE WHEN EXISTS (SELECT 1 FROM cw_application_items ai
                    JOIN wf_instances i ON i.id = ai.instance_id WHERE ai.application_id = cw_applications.id AND i.restricted = 1) THEN 1 ELSE 0 END
                WHERE restricted IS NULL
                """, transaction: t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return await c.ExecuteAsync(new CommandDefinition("""
                UPDATE cw_application_items SET case_division = (SELECT i.division_code FROM wf_instances i WHERE i.id = cw_application_items.instance_id)
                WHERE case_division IS NULL AND instance_id IS NOT NULL
                """, transaction: t, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private string Top() => database.Dialect is Dialects.SqlServerDialect ? $"TOP ({Batch})" : "";

    private string Limit() => database.Dialect is Dialects.SqlServerDialect ? "" : $"LIMIT {Batch}";
}
