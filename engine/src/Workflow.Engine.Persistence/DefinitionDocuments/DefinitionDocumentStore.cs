using System.Data.Common;
using Dapper;

namespace Workflow.Engine.Persistence.DefinitionDocuments;

/// <summary>
/// Definition documents in the host's own database (table <c>wf_definition_documents</c>, migration 0005), through the
/// same <see cref="WorkflowDatabase"/> and dialect as the cases. Publishing inserts the version and removes the draft
/// in one transaction; the primary key turns a second publish of the same number into <c>false</c>.
/// </summary>
public sealed class DefinitionDocumentStore(WorkflowDatabase database)
{
    private readonly DefinitionDocumentSql _sql = DefinitionDocumentSql.For(database.Dialect);

    public async Task<IReadOnlyList<DefinitionDocument>> ListAsync(CancellationToken cancellationToken, bool publishedOnly = false)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(
            new CommandDefinition(publishedOnly ? _sql.ListPublished : _sql.List, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(ToDocument).ToList();
    }

    public async Task<DefinitionDocument?> FindAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        return await FindOnAsync(connection, definitionId, version, cancellationToken).ConfigureAwait(false) is { } row ? ToDocument(row) : null;
    }

    public Task<DefinitionDocument?> FindDraftAsync(string definitionId, CancellationToken cancellationToken) =>
        FindAsync(definitionId, DefinitionStates.DraftVersion, cancellationToken);

    /// <summary>The highest version published from the database, 0 when none.</summary>
    public async Task<int> MaxPublishedVersionAsync(string definitionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var max = await connection.ExecuteScalarAsync<int?>(
            new CommandDefinition(_sql.MaxVersion, new { definition_id = definitionId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return max ?? 0;
    }

    /// <summary>Replaces the definition's draft (there is at most one).</summary>
    public async Task SaveDraftAsync(string definitionId, string json, string savedBy, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(_sql.DeleteDraft, new { definition_id = definitionId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await InsertAsync(connection, transaction, new DefinitionDocument(definitionId, DefinitionStates.DraftVersion, DefinitionStates.Draft, json, savedBy, savedAt), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a published version and drops the draft; false when that version number is already taken.</summary>
    public async Task<bool> PublishAsync(DefinitionDocument published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (await FindOnAsync(connection, published.DefinitionId, published.Version, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InsertAsync(connection, transaction, published, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Another administrator published the same number between our check and our insert: the key refused it.
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }
        await connection.ExecuteAsync(new CommandDefinition(_sql.DeleteDraft, new { definition_id = published.DefinitionId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<Row?> FindOnAsync(DbConnection connection, string definitionId, int version, CancellationToken cancellationToken) =>
        await connection.QueryFirstOrDefaultAsync<Row>(
            new CommandDefinition(_sql.Find, new { definition_id = definitionId, version }, cancellationToken: cancellationToken)).ConfigureAwait(false);

    private Task InsertAsync(DbConnection connection, DbTransaction transaction, DefinitionDocument document, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(_sql.Insert, new
        {
            definition_id = document.DefinitionId,
            version = document.Version,
            state = document.State,
            body = document.Json,
            saved_by = document.SavedBy,
            saved_at = database.Dialect.ToDbTime(document.SavedAt),
        }, transaction, cancellationToken: cancellationToken));

    private DefinitionDocument ToDocument(Row row) =>
        new(row.DefinitionId, row.Version, row.State, row.Body, row.SavedBy, database.Dialect.FromDbTime(row.SavedAt!));

    /// <summary>Columns as read; the time column stays raw until the dialect converts it.</summary>
    private sealed class Row
    {
        public string DefinitionId { get; set; } = "";

        public int Version { get; set; }

        public string State { get; set; } = "";

        public string Body { get; set; } = "";

        public string SavedBy { get; set; } = "";

        public object? SavedAt { get; set; }
    }
}
