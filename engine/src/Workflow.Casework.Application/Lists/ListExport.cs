using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// The rules every Excel export of a list follows: at most <see cref="MaxRows"/> rows (the sheet says so when it was
/// cut), personal data masked (names by <see cref="PersonalDataMask.NameInExport"/>, ID numbers by
/// <see cref="PersonalDataMask.IdNumber"/>), and one
/// casework audit entry per export with who, which list, the filter and how many rows — never a name in full.
/// </summary>
public static class ListExport
{
    /// <summary>An export is a working list, not a dump of the database.</summary>
    public const int MaxRows = 10_000;

    /// <summary>
    /// Every row of a filter up to <see cref="MaxRows"/>, in one read: <paramref name="readPage"/> reads (offset, limit) in
    /// the caller's scope — one page query with <see cref="MaxRows"/> as its hard cap, and its count — and
    /// <paramref name="views"/> turns the rows into what the sheet shows.
    /// </summary>
    public static async Task<ExportRows<TView>> CollectAsync<TRow, TView>(
        Func<int, int, Task<ListPage<TRow>>> readPage, Func<IReadOnlyList<TRow>, Task<IReadOnlyList<TView>>> views)
    {
        ArgumentNullException.ThrowIfNull(readPage);
        ArgumentNullException.ThrowIfNull(views);
        var page = await readPage(0, MaxRows).ConfigureAwait(false);
        return new ExportRows<TView>(await views(page.Rows).ConfigureAwait(false), page.Total);
    }

    public static CaseworkAuditEntry Audit<T>(TimeProvider time, Caller caller, string action, object filter, ExportRows<T> rows)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(rows);
        return CaseworkAudit.Entry(time.GetUtcNow(), caller.Id, action, "export", action, new { filter, rows = rows.Rows.Count, total = rows.Total, capped = rows.Capped });
    }
}
