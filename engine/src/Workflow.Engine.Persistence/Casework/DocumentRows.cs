using Workflow.Engine.Persistence.Dialects;
using Dapper;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>Versioned casework documents (catalogues, rules): read, and saved at the expected version.</summary>
internal sealed class DocumentRows(CaseworkTransactions casework)
{
    private readonly DocumentSql _documentSql = DocumentSql.For(casework.Dialect);

    public Task<StoredDocument?> GetDocumentAsync(string name, CancellationToken cancellationToken = default) =>
        casework.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<CaseworkRows.Document>(new CommandDefinition(_documentSql.GetDocument,
                new { name }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToRecord(casework.Dialect);
        }, cancellationToken);

    /// <summary>
    /// Saves a new version of a document when its current version is <paramref name="expectedVersion"/> (0: it must
    /// not exist yet). Returns the new version, or null when someone else saved first.
    /// </summary>
    public Task<long?> SaveDocumentAsync(string name, long expectedVersion, string body, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync<long?>(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("name", name);
            p.Add("body", body);
            p.Add("by", audit.ActorId);
            p.Add("expected_version", expectedVersion);
            p.AddTime(casework.Dialect, "at", audit.At);
            int changed;
            if (expectedVersion == 0)
            {
                try
                {
                    changed = await c.ExecuteAsync(new CommandDefinition(_documentSql.InsertDocument, p, t, cancellationToken: cancellationToken))
                        .ConfigureAwait(false);
                }
                catch (Exception e) when (casework.Dialect.IsUniqueViolation(e))
                {
                    return null;
                }
            }
            else
            {
                changed = await c.ExecuteAsync(new CommandDefinition(_documentSql.UpdateDocument, p, t, cancellationToken: cancellationToken))
                    .ConfigureAwait(false);
            }
            if (changed != 1)
            {
                return null;
            }
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return expectedVersion + 1;
        }, cancellationToken);
}
