using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Lists;

/// <summary>The 督办 report (<see cref="SupervisionService"/>) for an Excel export: every step in scope up to <see cref="ListExport.MaxRows"/>, audited as <c>export.supervision</c>.</summary>
public sealed class SupervisionExport(SupervisionService supervision, CaseworkStore store, TimeProvider time)
{
    public async Task<SupervisionView> ExportAsync(Caller caller, int withinWorkingDays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var view = await supervision.ListAsync(caller, withinWorkingDays, ListExport.MaxRows, cancellationToken).ConfigureAwait(false);
        await store.AppendAuditAsync(ListExport.Audit(time, caller, "export.supervision", new { withinWorkingDays },
            new ExportRows<SupervisedTask>(view.Tasks, view.Tasks.Count)), cancellationToken).ConfigureAwait(false);
        return view;
    }
}
