using System.Text.Json;
using Workflow.Engine.Calendar;
using Workflow.Engine.Hosting.Calendar;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Web.Hosting;

/// <summary>
/// Adds a local closure: checked by building the calendar it would make (nothing is stored when it does not), saved as a
/// new version of <see cref="LocalClosuresDocument"/> against the version read (two administrators saving at once: the
/// second is told to retry), audited, and in force on this host at once and on the others within a sync interval.
/// </summary>
public sealed class CalendarClosureEditor(CaseworkStore store, CalendarLoader loader, CalendarSync sync, TimeProvider time)
{
    public async Task<ClosureSave> AddAsync(string actorId, ClosureForm form, CancellationToken cancellationToken)
    {
        var stored = await store.GetDocumentAsync(LocalClosuresDocument.Name, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var body = LocalClosuresDocument.Add(stored?.Body, form.Division, form.Name, form.From, form.To, form.Notice, ChinaTime.DayOf(now));
        var read = LocalClosuresDocument.Read(body);
        var (calendar, errors) = read.Succeeded ? loader.TryBuild(read.Documents) : (null, read.Errors);
        if (calendar is null)
        {
            return new ClosureSave(errors, Stale: false);
        }
        var expected = stored?.Version ?? 0;
        var audit = new CaseworkAuditEntry(Guid.NewGuid().ToString("N"), now, actorId, "document.save", "document", LocalClosuresDocument.Name,
            JsonSerializer.Serialize(new { expectedVersion = expected, closure = form }));
        if (await store.SaveDocumentAsync(LocalClosuresDocument.Name, expected, body, audit, cancellationToken).ConfigureAwait(false) is not { } version)
        {
            return new ClosureSave([], Stale: true);
        }
        sync.Apply(calendar, version);
        return new ClosureSave([], Stale: false);
    }
}

/// <summary>A closure as the administrator entered it; the calendar's reader judges every field.</summary>
public sealed record ClosureForm(string? Division, string? Name, string? From, string? To, string? Notice);

/// <summary>Saved when neither: <paramref name="Errors"/> say what to fix, <paramref name="Stale"/> that someone saved first.</summary>
public sealed record ClosureSave(IReadOnlyList<CalendarDataError> Errors, bool Stale)
{
    public bool Saved => Errors.Count == 0 && !Stale;
}
