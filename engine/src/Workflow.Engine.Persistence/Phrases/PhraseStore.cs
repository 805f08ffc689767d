using Dapper;

namespace Workflow.Engine.Persistence.Phrases;

/// <summary>
/// 审批意见常用语 in the host's database (table <c>wf_phrases</c>, migration 0019). A phrase is deleted only under the
/// owner it was read for, so a request naming another person's phrase changes nothing.
/// </summary>
public sealed class PhraseStore(WorkflowDatabase database)
{
    private readonly PhraseSql _sql = PhraseSql.For(database.Dialect);

    /// <summary>The owner's phrases, oldest first.</summary>
    public async Task<IReadOnlyList<Phrase>> ListAsync(string ownerKind, string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_sql.List, new { owner_kind = ownerKind, owner_id = ownerId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(ToPhrase).ToList();
    }

    public async Task<Phrase?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        return await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(_sql.Find, new { id }, cancellationToken: cancellationToken))
            .ConfigureAwait(false) is { } row ? ToPhrase(row) : null;
    }

    public async Task AddAsync(Phrase phrase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(_sql.Insert, new
        {
            id = phrase.Id,
            owner_kind = phrase.OwnerKind,
            owner_id = phrase.OwnerId,
            body = phrase.Text,
            created_by = phrase.CreatedBy,
            created_at = database.Dialect.ToDbTime(phrase.CreatedAt),
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Removes the phrase if it belongs to that owner; false when there is no such phrase of theirs.</summary>
    public async Task<bool> DeleteAsync(string id, string ownerKind, string ownerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(_sql.Delete, new { id, owner_kind = ownerKind, owner_id = ownerId },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    private Phrase ToPhrase(Row row) =>
        new(row.Id, row.OwnerKind, row.OwnerId, row.Body, row.CreatedBy, database.Dialect.FromDbTime(row.CreatedAt!));

    /// <summary>Columns as read; the time column stays raw until the dialect converts it.</summary>
    private sealed class Row
    {
        public string Id { get; set; } = "";

        public string OwnerKind { get; set; } = "";

        public string OwnerId { get; set; } = "";

        public string Body { get; set; } = "";

        public string CreatedBy { get; set; } = "";

        public object? CreatedAt { get; set; }
    }
}
