using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// 案件查询: the cases in the caller's scope that match a filter, a page at a time, newest first. The scope and the filter
/// are one SQL query (<see cref="IInstanceQueries.SearchAsync"/>), so a page and its count hold only what the caller may
/// see; a search by name looks only where the caller sees names (<see cref="Caller.NamedScope"/>). Every row then
/// passes <see cref="CaseAccess.For"/> like a single read.
/// </summary>
public sealed class CaseList(IInstanceQueries queries, CaseReader cases, CaseworkStore store, TimeProvider time)
{
    public async Task<CaseworkOutcome<CaseListPage>> SearchAsync(Caller caller, CaseListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var parsed = query.ToSearch();
        if (parsed.Value is not { } search)
        {
            return CaseworkOutcome<CaseListPage>.Invalid(parsed.Errors!);
        }
        var paging = query.Paging;
        var page = await queries.SearchAsync(ScopeFor(caller, search), search, paging.Offset, paging.PageSize, cancellationToken).ConfigureAwait(false);
        return new CaseListPage(await ViewsAsync(caller, page.Rows, cancellationToken).ConfigureAwait(false), page.Total, paging);
    }

    /// <summary>
    /// Every matching case (all pages, at most <see cref="ListExport.MaxRows"/>) for an Excel export, recorded in the
    /// casework audit as <c>export.cases</c> with the filter (a name only masked) and the number of rows.
    /// </summary>
    public async Task<CaseworkOutcome<ExportRows<InstanceView>>> ExportAsync(Caller caller, CaseListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var parsed = query.ToSearch();
        if (parsed.Value is not { } search)
        {
            return CaseworkOutcome<ExportRows<InstanceView>>.Invalid(parsed.Errors!);
        }
        var scope = ScopeFor(caller, search);
        var export = await ListExport.CollectAsync(
            (offset, limit) => queries.SearchAsync(scope, search, offset, limit, cancellationToken),
            page => ViewsAsync(caller, page, cancellationToken)).ConfigureAwait(false);
        await store.AppendAuditAsync(ListExport.Audit(time, caller, "export.cases", query with { Applicant = PersonalDataMask.NameInExport(query.Applicant), Page = null, PageSize = null }, export),
            cancellationToken).ConfigureAwait(false);
        return export;
    }

    /// <summary>The scope a search looks in: a search by name only where the caller sees names (<see cref="Caller.NamedScope"/>).</summary>
    internal static CaseScope ScopeFor(Caller caller, CaseSearch search) => search.ApplicantName is null ? caller.Scope : caller.NamedScope;

    private async Task<IReadOnlyList<InstanceView>> ViewsAsync(Caller caller, IReadOnlyList<InstanceSummary> rows, CancellationToken cancellationToken)
    {
        var views = new List<InstanceView>(rows.Count);
        foreach (var row in rows)
        {
            if (CaseAccess.For(caller, await cases.InstanceAsync(row.InstanceId, cancellationToken).ConfigureAwait(false)) is { } view)
            {
                views.Add(view);
            }
        }
        return views;
    }
}
