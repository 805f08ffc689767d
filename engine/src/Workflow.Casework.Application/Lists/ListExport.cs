using Workflow.Engine.Persistence.Casework;

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

    /// <summary>Rows read per query while an export collects its pages.</summary>
    public const int ReadSize = 500;

    public static CaseworkAuditEntry Audit<T>(TimeProvider time, Caller caller, string action, object filter, ExportRows<T> rows)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(rows);
        return CaseworkAudit.Entry(time.GetUtcNow(), caller.Id, action, "export", action, new { filter, rows = rows.Rows.Count, total = rows.Total, capped = rows.Capped });
    }
}
