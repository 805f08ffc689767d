using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// Runs once per start of a host that has an audit key, after the schema is migrated. The first time, it records a
/// check value of the key (<c>wf_audit_key</c>) and seals every chain written before the key existed
/// (<c>wf_audit_seals</c>): an event chain by its length and last hash, the casework entries from before the chain
/// by a fold of their contents. Later starts compare the key with the check value and refuse to run on another key,
/// so a lost or replaced key is noticed at once, not at the next audit.
/// </summary>
public sealed class AuditKeyGuard(WorkflowDatabase database, TimeProvider time)
{
    /// <summary>The chain name of the casework entries written before the casework audit was chained.</summary>
    public const string CaseworkLegacyChain = AuditChain.CaseworkChain + ":legacy";

    private const string CheckText = "workflow audit key check";

    /// <summary>The seal of a chain written before the key: an HMAC of its name, length and last hash.</summary>
    public static string Seal(AuditChain chain, string name, long length, string lastHash) => chain.Hash(lastHash, "seal:" + name, length, "");

    /// <summary>
    /// The hash of the casework entries from before the chain, in (time, id) order: an unkeyed chain over their
    /// contents, so one changed, added or removed entry changes it.
    /// </summary>
    public static string LegacyCaseworkHash(IEnumerable<string> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var hash = AuditChain.Genesis;
        var n = 0L;
        foreach (var body in bodies)
        {
            hash = AuditChain.Unkeyed.Hash(hash, CaseworkLegacyChain, ++n, body);
        }
        return hash;
    }

    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        var chain = database.AuditChain;
        if (!chain.IsKeyed)
        {
            return;
        }
        var check = chain.Hash(AuditChain.Genesis, CheckText, 0, "");
        var dialect = database.Dialect;
        await using (var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false))
        {
            var stored = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(AuditSql.For(database.Dialect).ReadAuditKeyCheck,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (stored is not null)
            {
                Compare(stored, check);
                return;
            }
        }
        try
        {
            await database.InTransactionAsync(async (c, t) =>
            {
                // The key row first: a second host sealing at the same moment waits on it, then finds it taken.
                await c.ExecuteAsync(new CommandDefinition(AuditSql.For(database.Dialect).InsertAuditKeyCheck,
                    P(new { check }), t, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await SealAsync(c, t, chain, cancellationToken).ConfigureAwait(false);
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (dialect.IsUniqueViolation(e))
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
            Compare(await connection.QuerySingleAsync<string>(new CommandDefinition(AuditSql.For(database.Dialect).ReadAuditKeyCheck,
                cancellationToken: cancellationToken)).ConfigureAwait(false), check);
        }
    }

    private async Task SealAsync(DbConnection c, DbTransaction t, AuditChain chain, CancellationToken cancellationToken)
    {
        var heads = await c.QueryAsync<(string Id, long Version, string HeadHash)>(new CommandDefinition(
            AuditSql.For(database.Dialect).InstanceHeads, transaction: t, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var (id, version, head) in heads)
        {
            await InsertSealAsync(c, t, id, version, head, Seal(chain, id, version, head), cancellationToken).ConfigureAwait(false);
        }
        var legacy = (await c.QueryAsync<CaseworkRows.ChainedAudit>(new CommandDefinition(AuditSql.For(database.Dialect).LegacyCaseworkAudit, transaction: t,
            cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(r => r.ChainBody(database.Dialect)).ToList();
        if (legacy.Count > 0)
        {
            var hash = LegacyCaseworkHash(legacy);
            await InsertSealAsync(c, t, CaseworkLegacyChain, legacy.Count, hash, Seal(chain, CaseworkLegacyChain, legacy.Count, hash), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private Task InsertSealAsync(DbConnection c, DbTransaction t, string name, long length, string hash, string seal, CancellationToken cancellationToken) =>
        c.ExecuteAsync(new CommandDefinition(
            AuditSql.For(database.Dialect).InsertAuditSeal,
            P(new { chain = name, seq = length, hash, seal }), t, cancellationToken: cancellationToken));

    private DynamicParameters P(object values)
    {
        var p = new DynamicParameters(values);
        p.Add("at", database.Dialect.ToDbTime(time.GetUtcNow()), database.Dialect.TimeDbType);
        return p;
    }

    private static void Compare(string stored, string check)
    {
        if (!string.Equals(stored.Trim(), check, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "审计密钥与本数据库的审计链所用密钥不符：请恢复原来的密钥（Workflow:Persistence:AuditKey 或密钥文件）后再启动。"
                + " The audit key is not the one this database's chains were written with; restore the original key.");
        }
    }
}
