using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// 受理记录: the applications in the caller's scope that match a filter, a page at a time, newest first, in one SQL query
/// with the scope (<see cref="CaseworkStore.SearchApplicationsAsync"/>). A window clerk's own list is what their windows
/// accepted (<c>acceptedHere</c>). A search by name looks only where the caller sees names (<see cref="Caller.NamedScope"/>).
/// </summary>
public sealed class ApplicationList(CaseworkStore store, ApplicationViews views, TimeProvider time)
{
    public async Task<CaseworkOutcome<ApplicationListPage>> SearchAsync(Caller caller, ApplicationListQuery query, bool acceptedHere,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var parsed = query.ToSearch();
        if (parsed.Value is not { } search)
        {
            return CaseworkOutcome<ApplicationListPage>.Invalid(parsed.Errors!);
        }
        var paging = query.Paging;
        var page = await ReadAsync(caller, search, paging.Offset, paging.PageSize, acceptedHere, cancellationToken).ConfigureAwait(false);
        return new ApplicationListPage(await ViewsAsync(caller, page.Rows, cancellationToken).ConfigureAwait(false), page.Total, paging);
    }

    /// <summary>
    /// Every matching application (at most <see cref="ListExport.MaxRows"/>) for an Excel export, audited as
    /// <c>export.applications</c>.
    /// </summary>
    public async Task<CaseworkOutcome<ExportRows<ApplicationView>>> ExportAsync(Caller caller, ApplicationListQuery query, bool acceptedHere,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var parsed = query.ToSearch();
        if (parsed.Value is not { } search)
        {
            return CaseworkOutcome<ExportRows<ApplicationView>>.Invalid(parsed.Errors!);
        }
        var export = await ListExport.CollectAsync(
            (offset, limit) => ReadAsync(caller, search, offset, limit, acceptedHere, cancellationToken),
            page => ViewsAsync(caller, page, cancellationToken)).ConfigureAwait(false);
        await store.AppendAuditAsync(ListExport.Audit(time, caller, "export.applications",
            query with { Applicant = PersonalDataMask.NameInExport(query.Applicant), Page = null, PageSize = null }, export), cancellationToken).ConfigureAwait(false);
        return export;
    }

    /// <summary>A window clerk's list is what their windows accepted; everyone else's, every application in their scope.</summary>
    public static bool ListsOwnIntake(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAtWindow;
    }

    private Task<ListPage<ApplicationRecord>> ReadAsync(Caller caller, ApplicationSearch search, int offset, int limit, bool acceptedHere,
        CancellationToken cancellationToken)
    {
        var scope = search.ApplicantName is null ? caller.Scope : caller.NamedScope;
        return store.SearchApplicationsAsync(scope, search, offset, limit, acceptedHere ? caller.Scope.AreaPrefixes : null, cancellationToken);
    }

    private async Task<IReadOnlyList<ApplicationView>> ViewsAsync(Caller caller, IReadOnlyList<ApplicationRecord> records, CancellationToken cancellationToken)
    {
        var list = new List<ApplicationView>(records.Count);
        foreach (var record in records)
        {
            list.Add(await views.ViewAsync(caller, record, StoredApplication.FromJson(record.Body), cancellationToken).ConfigureAwait(false));
        }
        return list;
    }
}
