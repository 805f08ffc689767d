using System.Data.Common;
using Dapper;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>A chain written before the audit key, sealed at the first keyed start (<see cref="AuditKeyGuard"/>).</summary>
internal sealed class AuditSeal
{
    public string Chain { get; set; } = "";
    public long SealedSeq { get; set; }
    public string SealedHash { get; set; } = "";
    public string Seal { get; set; } = "";

    /// <summary>Whether the seal is the key's HMAC of this chain's name, length and last hash.</summary>
    public bool Holds(AuditChain chain, string name) => AuditKeyGuard.Seal(chain, name, SealedSeq, SealedHash.Trim()) == Seal.Trim();

    public static async Task<IReadOnlyDictionary<string, AuditSeal>> ReadAsync(DbConnection connection, Dialects.SqlDialect dialect,
        CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<AuditSeal>(new CommandDefinition(AuditSql.For(dialect).AuditSeals, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return rows.ToDictionary(r => r.Chain, StringComparer.Ordinal);
    }
}
