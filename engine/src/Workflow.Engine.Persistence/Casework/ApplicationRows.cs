using Workflow.Engine.Persistence.Dialects;
using System.Data;
using System.Data.Common;
using Dapper;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>Applications (一门受理) and their items: created with their case number, their status, body and items changed, each with its audit entry.</summary>
internal sealed class ApplicationRows(CaseworkTransactions casework)
{
    private readonly ApplicationSql _applicationSql = ApplicationSql.For(casework.Dialect);
    private readonly ApplicationListSql _listSql = ApplicationListSql.For(casework.Dialect);
    private readonly ApplicationSearchSql _searchSql = ApplicationSearchSql.For(casework.Dialect);

    /// <summary>
    /// Records an accepted application with its items and the intake audit in one transaction. The case number is
    /// made inside it from the next value of <paramref name="sequence"/>, so two windows never share one;
    /// <paramref name="complete"/> turns the number into the body and the items, which name instances after it.
    /// </summary>
    public Task<ApplicationRecord> CreateApplicationAsync(ApplicationRecord application, Func<long, string> caseNumber, string sequence,
        Func<string, (string Body, IReadOnlyList<ApplicationItemRecord> Items)> complete, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            var number = caseNumber(await NextAsync(c, t, sequence, cancellationToken).ConfigureAwait(false));
            var (body, items) = complete(number);
            var stored = application with { CaseNumber = number, Body = body, Version = 1 };
            var p = new DynamicParameters();
            p.Add("id", stored.Id);
            p.Add("case_number", stored.CaseNumber);
            p.Add("window_division", stored.WindowDivision);
            p.Add("deciding_division", stored.DecidingDivision);
            p.Add("applicant_name", stored.ApplicantName);
            p.Add("status", stored.Status);
            p.Add("body", stored.Body);
            p.AddTime(casework.Dialect, "created_at", stored.CreatedAt);
            p.Add("created_by", stored.CreatedBy);
            p.Add("restricted", stored.Restricted ? 1 : 0, DbType.Int32);
            await c.ExecuteAsync(new CommandDefinition(_applicationSql.InsertApplication, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            foreach (var item in items)
            {
                await c.ExecuteAsync(new CommandDefinition(_applicationSql.InsertApplicationItem, new
                {
                    application_id = item.ApplicationId,
                    item_code = item.ItemCode,
                    kind = item.Kind,
                    instance_id = item.InstanceId,
                    department_code = item.DepartmentCode,
                    deciding_division = item.DecidingDivision,
                    status = item.Status,
                    case_division = item.CaseDivision,
                }, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            await casework.AuditAsync(c, t, audit with { SubjectId = stored.Id }, cancellationToken).ConfigureAwait(false);
            return stored;
        }, cancellationToken);

    private async Task<long> NextAsync(DbConnection c, DbTransaction t, string sequence, CancellationToken cancellationToken)
    {
        var bumped = await c.ExecuteAsync(new CommandDefinition(_applicationSql.BumpSequence, new { name = sequence }, t,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (bumped == 0)
        {
            // The first number of the day. A concurrent first insert loses on the primary key and the whole
            // intake is retried by the caller's request key, so no number is ever handed out twice.
            await c.ExecuteAsync(new CommandDefinition(_applicationSql.StartSequence, new { name = sequence }, t,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return 1;
        }
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(_applicationSql.ReadSequence, new { name = sequence }, t,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Sets the parent case's status (and when it closed), with the audit entry that says why.</summary>
    public Task SetApplicationStatusAsync(string id, string status, DateTimeOffset? closedAt, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("id", id);
            p.Add("status", status);
            p.AddTime(casework.Dialect, "closed_at", closedAt);
            await c.ExecuteAsync(new CommandDefinition(_applicationSql.UpdateApplicationStatus, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    /// <summary>Replaces an application's body when it is still at <paramref name="expectedVersion"/>; false when it moved on.</summary>
    public Task<bool> UpdateBodyAsync(string id, long expectedVersion, string body, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            var changed = await c.ExecuteAsync(new CommandDefinition(_applicationSql.UpdateApplicationBody,
                new { id, body, expected_version = expectedVersion }, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (changed == 1)
            {
                await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            }
            return changed == 1;
        }, cancellationToken);

    /// <summary>Replaces two applications' bodies together (a 转移接续 links both), each at its expected version; all or nothing.</summary>
    public async Task<bool> UpdateBodiesAsync(
        (string Id, long ExpectedVersion, string Body, CaseworkAuditEntry Audit) first,
        (string Id, long ExpectedVersion, string Body, CaseworkAuditEntry Audit) second,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await casework.WriteAsync(async (c, t) =>
            {
                foreach (var (id, expected, body, audit) in new[] { first, second })
                {
                    var changed = await c.ExecuteAsync(new CommandDefinition(_applicationSql.UpdateApplicationBody,
                        new { id, body, expected_version = expected }, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    if (changed != 1)
                    {
                        // Leaving without a commit rolls the first update back too.
                        throw new StaleBodyException();
                    }
                    await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
                }
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (StaleBodyException)
        {
            return false;
        }
    }

    private sealed class StaleBodyException : Exception;

    /// <summary>Links a sub-case to its workflow instance or moves it to a new status.</summary>
    public Task UpdateItemAsync(string applicationId, string itemCode, string? instanceId, string status, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(_applicationSql.UpdateApplicationItem,
            new { application_id = applicationId, item_code = itemCode, instance_id = instanceId, status }, t,
            cancellationToken: cancellationToken)).ConfigureAwait(false), cancellationToken);

    public Task<ApplicationRecord?> GetApplicationAsync(string id, CancellationToken cancellationToken = default) =>
        casework.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<CaseworkRows.Application>(new CommandDefinition(_applicationSql.GetApplication,
                new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row?.ToRecord(casework.Dialect);
        }, cancellationToken);

    /// <summary>
    /// A page of the newest applications in <paramref name="scope"/> (the scope is part of the query); with
    /// <paramref name="acceptedIn"/>, only those accepted at a window under one of those division prefixes.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationRecord>> ListApplicationsAsync(CaseScope scope, int offset, int limit, IReadOnlyList<string>? acceptedIn = null,
        CancellationToken cancellationToken = default) =>
        (await SearchApplicationsAsync(scope, ApplicationSearch.All, offset, limit, acceptedIn, counted: false, cancellationToken).ConfigureAwait(false)).Rows;

    /// <summary>
    /// <see cref="ListApplicationsAsync"/> narrowed by <paramref name="search"/>, with the number of all matching
    /// applications in the scope when <paramref name="counted"/> (else 0).
    /// </summary>
    public Task<ListPage<ApplicationRecord>> SearchApplicationsAsync(CaseScope scope, ApplicationSearch search, int offset, int limit,
        IReadOnlyList<string>? acceptedIn = null, bool counted = true, CancellationToken cancellationToken = default) =>
        casework.ReadAsync(async c =>
        {
            var p = new DynamicParameters();
            p.Add("offset", offset, DbType.Int32);
            p.Add("limit", limit, DbType.Int32);
            var condition = _listSql.Condition(scope, p);
            if (acceptedIn is not null)
            {
                for (var n = 0; n < acceptedIn.Count; n++)
                {
                    p.Add($"window_{n}", acceptedIn[n] + "%");
                }
                condition += acceptedIn.Count == 0 ? " AND 1 = 0" : $" AND ({_listSql.WindowCondition(acceptedIn.Count)})";
            }
            condition += _searchSql.SearchCondition(search, p);
            var rows = await c.QueryAsync<CaseworkRows.Application>(new CommandDefinition(_listSql.ListApplications(condition), p,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            var total = counted
                ? await c.ExecuteScalarAsync<long>(new CommandDefinition(_searchSql.Count(condition), p, cancellationToken: cancellationToken)).ConfigureAwait(false)
                : 0;
            return new ListPage<ApplicationRecord>(rows.Select(r => r.ToRecord(casework.Dialect)).ToList(), checked((int)total));
        }, cancellationToken);

    public Task<IReadOnlyList<ApplicationItemRecord>> ListItemsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        casework.ReadAsync<IReadOnlyList<ApplicationItemRecord>>(async c =>
            (await c.QueryAsync<ApplicationItemRecord>(new CommandDefinition(_applicationSql.ListApplicationItems,
                new { application_id = applicationId }, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList(), cancellationToken);

    public Task<ApplicationItemRecord?> FindItemByInstanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        casework.ReadAsync(async c => await c.QuerySingleOrDefaultAsync<ApplicationItemRecord>(new CommandDefinition(_applicationSql.FindItemByInstance,
            new { instance_id = instanceId }, cancellationToken: cancellationToken)).ConfigureAwait(false), cancellationToken);
}
