using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// The benefits ledger's rows: every change written with its audit entry in one transaction, and the entitlements read
/// with their amount history (one joined query, grouped here).
/// </summary>
internal sealed class LedgerRows(CaseworkTransactions casework)
{
    private readonly LedgerSql _sql = LedgerSql.For(casework.Dialect);

    /// <summary>
    /// Applies <paramref name="writes"/> in one transaction (and records a death on the person when given); a change
    /// already made is skipped with its audit entry. Returns how many changes were made; throws
    /// <see cref="LedgerConflictException"/> (nothing written) when a different amount change took the position.
    /// </summary>
    public Task<int> ApplyAsync(IReadOnlyList<LedgerWrite> writes, (string PersonKey, DateOnly Died)? died, CaseworkAuditEntry? diedAudit,
        CancellationToken cancellationToken) =>
        casework.WriteAsync(async (c, t) =>
        {
            var changed = 0;
            foreach (var write in writes)
            {
                if (await ApplyAsync(c, t, write, cancellationToken).ConfigureAwait(false))
                {
                    await casework.AuditAsync(c, t, write.Audit, cancellationToken).ConfigureAwait(false);
                    changed++;
                }
            }
            if (died is { } d && await c.ExecuteAsync(new CommandDefinition(_sql.SetDied, new { person_key = d.PersonKey, died_day = d.Died.DayNumber }, t,
                    cancellationToken: cancellationToken)).ConfigureAwait(false) > 0 && diedAudit is not null)
            {
                await casework.AuditAsync(c, t, diedAudit, cancellationToken).ConfigureAwait(false);
            }
            return changed;
        }, cancellationToken);

    private async Task<bool> ApplyAsync(DbConnection c, DbTransaction t, LedgerWrite write, CancellationToken cancellationToken)
    {
        switch (write)
        {
            case GrantWrite grant:
                var e = grant.Entitlement;
                var p = new DynamicParameters();
                p.Add("id", e.Id);
                p.Add("item_code", e.ItemCode);
                p.Add("beneficiary_kind", e.BeneficiaryKind);
                p.AddText("person_key", e.PersonKey);
                p.Add("household_key", e.HouseholdKey);
                p.Add("division_code", e.DivisionCode);
                p.Add("granted_by_case_id", e.GrantedByCaseId);
                p.AddText("application_id", e.ApplicationId);
                p.Add("start_month", e.StartMonth);
                p.Add("stop_month", e.StopMonth, System.Data.DbType.Int32);
                p.Add("restricted", e.Restricted ? 1 : 0);
                p.AddText("pay_condition", e.PayCondition);
                p.AddTime(casework.Dialect, "created_at", grant.Audit.At);
                if (await c.ExecuteAsync(new CommandDefinition(_sql.InsertEntitlement, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false) == 0)
                {
                    return false;
                }
                for (var seq = 0; seq < e.Amounts.Count; seq++)
                {
                    await InsertAmountAsync(c, t, e.Id, seq, e.Amounts[seq], grant.Audit.At, cancellationToken).ConfigureAwait(false);
                }
                return true;
            case AmountWrite amount:
                if (await InsertAmountAsync(c, t, amount.EntitlementId, amount.Seq, amount.Amount, amount.Audit.At, cancellationToken).ConfigureAwait(false))
                {
                    return true;
                }
                // The position is taken: the same change (a second host deciding the same) is no change; a different one
                // means this change was decided from a stale read, so nothing of it may commit.
                var stored = await c.QuerySingleAsync<AmountRow>(new CommandDefinition(_sql.AmountAt, new { id = amount.EntitlementId, seq = amount.Seq }, t,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                return stored.FromMonth == amount.Amount.FromMonth && stored.MonthlyFen == amount.Amount.MonthlyFen
                    && stored.Members == string.Join(",", amount.Amount.Members)
                    ? false
                    : throw new LedgerConflictException(
                        $"Expected position {amount.Seq} of entitlement '{amount.EntitlementId}' to be free or hold the same change, but another writer stored a different one.");
            case StopWrite stop:
                return await c.ExecuteAsync(new CommandDefinition(_sql.StopEntitlement, new { id = stop.EntitlementId, stop_month = stop.StopMonth }, t,
                    cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
            default:
                throw new ArgumentOutOfRangeException(nameof(write), write.GetType().Name, "Expected a grant, an amount or a stop.");
        }
    }

    private async Task<bool> InsertAmountAsync(DbConnection c, DbTransaction t, string id, int seq, AmountRecord amount, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        p.Add("entitlement_id", id);
        p.Add("seq", seq);
        p.Add("from_month", amount.FromMonth);
        p.Add("monthly_fen", amount.MonthlyFen);
        p.Add("rule_name", amount.Rule);
        p.Add("members", string.Join(",", amount.Members));
        p.AddTime(casework.Dialect, "recorded_at", at);
        return await c.ExecuteAsync(new CommandDefinition(_sql.InsertAmount, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    public Task<EntitlementRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        casework.ReadAsync(async c => Group(await QueryAsync(c, _sql.ById, new { id }, cancellationToken).ConfigureAwait(false)).FirstOrDefault(),
            cancellationToken);

    public Task<IReadOnlyList<EntitlementRecord>> ByCaseAsync(string caseId, CancellationToken cancellationToken) =>
        ListAsync(_sql.ByCase, new { case_id = caseId }, cancellationToken);

    public Task<IReadOnlyList<EntitlementRecord>> ByHouseholdAsync(string householdKey, CancellationToken cancellationToken) =>
        ListAsync(_sql.ByHousehold, new { household_key = householdKey }, cancellationToken);

    public Task<IReadOnlyList<EntitlementRecord>> ConcerningAsync(string personKey, string householdKey, CancellationToken cancellationToken) =>
        ListAsync(_sql.Concerning, new { person_key = personKey, household_key = householdKey, member_like = "%" + personKey + "%" }, cancellationToken);

    public Task<IReadOnlyList<EntitlementRecord>> ItemInDivisionAsync(string itemCode, string divisionPrefix, int month, LedgerScope scope, int offset,
        int limit, CancellationToken cancellationToken) =>
        casework.ReadAsync<IReadOnlyList<EntitlementRecord>>(async c =>
        {
            if (scope.AreaPrefixes.Count == 0)
            {
                return [];
            }
            var p = Scoped(scope);
            p.Add("item_code", itemCode);
            p.Add("division", divisionPrefix + "%");
            p.Add("month", month);
            p.Add("offset", offset);
            p.Add("limit", limit);
            var ids = (await c.QueryAsync<string>(new CommandDefinition(_sql.ItemInDivision(scope.AreaPrefixes.Count), p,
                cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            if (ids.Count == 0)
            {
                return [];
            }
            var q = new DynamicParameters();
            for (var i = 0; i < ids.Count; i++)
            {
                q.Add(Dialects.SqlDialect.ListParameter("id", i), ids[i]);
            }
            return Group(await QueryAsync(c, _sql.ByIds(ids.Count), q, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);

    public Task<IReadOnlyList<EntitlementRecord>> PayrollAsync(string divisionPrefix, int month, LedgerScope scope, CancellationToken cancellationToken)
    {
        if (scope.AreaPrefixes.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<EntitlementRecord>>([]);
        }
        var p = Scoped(scope);
        p.Add("division", divisionPrefix + "%");
        p.Add("month", month);
        return ListAsync(_sql.Payroll(scope.AreaPrefixes.Count), p, cancellationToken);
    }

    private static DynamicParameters Scoped(LedgerScope scope)
    {
        var p = new DynamicParameters();
        for (var i = 0; i < scope.AreaPrefixes.Count; i++)
        {
            p.Add(Dialects.SqlDialect.ListParameter("area", i), scope.AreaPrefixes[i] + "%");
        }
        p.Add("sees_restricted", scope.SeesRestricted ? 1 : 0);
        return p;
    }

    private Task<IReadOnlyList<EntitlementRecord>> ListAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        casework.ReadAsync(async c => Group(await QueryAsync(c, sql, parameters, cancellationToken).ConfigureAwait(false)), cancellationToken);

    private static async Task<IReadOnlyList<Row>> QueryAsync(DbConnection c, string sql, object parameters, CancellationToken cancellationToken) =>
        (await c.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();

    /// <summary>One entitlement per id, its amounts in the order written (rows come ordered by id and seq).</summary>
    private static IReadOnlyList<EntitlementRecord> Group(IReadOnlyList<Row> rows) =>
        rows.GroupBy(r => r.Id).Select(g =>
        {
            var r = g.First();
            return new EntitlementRecord(r.Id, r.ItemCode, r.BeneficiaryKind, r.PersonKey, r.HouseholdKey, r.DivisionCode, r.GrantedByCaseId,
                r.ApplicationId, (int)r.StartMonth, r.StopMonth is { } s ? (int)s : null, r.Restricted != 0, r.PayCondition,
                g.OrderBy(a => a.Seq).Select(a => new AmountRecord((int)a.FromMonth, a.MonthlyFen, a.AmountRule,
                    a.Members.Length == 0 ? [] : a.Members.Split(','))).ToList());
        }).ToList();

    public Task RecordPersonAsync(KnownPersonRecord person, bool overwrite, CaseworkAuditEntry? audit, CancellationToken cancellationToken) =>
        casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("person_key", person.PersonKey);
            p.Add("household_key", person.HouseholdKey);
            p.Add("birth_day", person.BirthDate.DayNumber);
            p.Add("division_code", person.DivisionCode);
            p.Add("known_since_day", person.KnownSince.DayNumber);
            p.Add("died_day", person.Died?.DayNumber, System.Data.DbType.Int32);
            var written = await c.ExecuteAsync(new CommandDefinition(overwrite ? _sql.UpsertPerson : _sql.InsertPersonIfAbsent, p, t,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (overwrite && person.Died is { } died)
            {
                await c.ExecuteAsync(new CommandDefinition(_sql.KeepDied, new { person_key = person.PersonKey, died_day = died.DayNumber }, t,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            if (written > 0 && audit is not null)
            {
                await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            }
            return written;
        }, cancellationToken);

    public Task<KnownPersonRecord?> GetPersonAsync(string personKey, CancellationToken cancellationToken) =>
        casework.ReadAsync(async c => (await c.QueryAsync<PersonRow>(new CommandDefinition(_sql.GetPerson, new { person_key = personKey },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(r => r.ToRecord()).FirstOrDefault(), cancellationToken);

    public Task<IReadOnlyList<KnownPersonRecord>> PeopleBornByAsync(DateOnly day, string after, int limit, CancellationToken cancellationToken) =>
        casework.ReadAsync<IReadOnlyList<KnownPersonRecord>>(async c => (await c.QueryAsync<PersonRow>(new CommandDefinition(_sql.PeopleBornBy,
            new { birth_day = day.DayNumber, after, limit }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Select(r => r.ToRecord()).ToList(), cancellationToken);

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string ItemCode { get; set; } = "";
        public string BeneficiaryKind { get; set; } = "";
        public string? PersonKey { get; set; }
        public string HouseholdKey { get; set; } = "";
        public string DivisionCode { get; set; } = "";
        public string GrantedByCaseId { get; set; } = "";
        public string? ApplicationId { get; set; }
        public long StartMonth { get; set; }
        public long? StopMonth { get; set; }
        public long Restricted { get; set; }
        public string? PayCondition { get; set; }
        public long Seq { get; set; }
        public long FromMonth { get; set; }
        public long MonthlyFen { get; set; }
        public string AmountRule { get; set; } = "";
        public string Members { get; set; } = "";
    }

    private sealed class AmountRow
    {
        public long FromMonth { get; set; }
        public long MonthlyFen { get; set; }
        public string Members { get; set; } = "";
    }

    private sealed class PersonRow
    {
        public string PersonKey { get; set; } = "";
        public string HouseholdKey { get; set; } = "";
        public long BirthDay { get; set; }
        public string DivisionCode { get; set; } = "";
        public long KnownSinceDay { get; set; }
        public long? DiedDay { get; set; }

        public KnownPersonRecord ToRecord() => new(PersonKey, HouseholdKey, DateOnly.FromDayNumber((int)BirthDay), DivisionCode,
            DateOnly.FromDayNumber((int)KnownSinceDay), DiedDay is { } d ? DateOnly.FromDayNumber((int)d) : null);
    }
}
