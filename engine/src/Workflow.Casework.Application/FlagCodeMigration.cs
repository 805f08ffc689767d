using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application;

/// <summary>
/// Rewrites, once per database, the application bodies stored when flags were sentences, so that they hold the flag
/// codes (<see cref="ApplicationFlags"/>). Each rewrite is an audited change at the body's version; a body changed by
/// someone meanwhile is left for its own next write, which stores codes anyway. A document marks the work done.
/// </summary>
public sealed class FlagCodeMigration(CaseworkStore store, TimeProvider time)
{
    public const string Marker = "migration:flag-codes";

    private const int Page = 500;

    /// <summary>Runs the rewrite unless the marker says it ran; returns how many bodies were rewritten.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(Marker, cancellationToken).ConfigureAwait(false) is not null)
        {
            return 0;
        }
        var rewritten = 0;
        for (var offset = 0; ; offset += Page)
        {
            var page = await store.ListApplicationsAsync(CaseScope.Everything, offset, Page, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var record in page)
            {
                var body = StoredApplication.FromJson(record.Body).ToJson();
                if (body != record.Body && await store.UpdateBodyAsync(record.Id, record.Version, body, Audit("application.flag-codes", record.Id), cancellationToken)
                    .ConfigureAwait(false))
                {
                    rewritten++;
                }
            }
            if (page.Count < Page)
            {
                break;
            }
        }
        await store.SaveDocumentAsync(Marker, 0, $$"""{"rewritten":{{rewritten}}}""", Audit("document.save", Marker), cancellationToken).ConfigureAwait(false);
        return rewritten;
    }

    private CaseworkAuditEntry Audit(string action, string subject) =>
        new(Guid.NewGuid().ToString("N"), time.GetUtcNow(), "system", action, action.StartsWith("document", StringComparison.Ordinal) ? "document" : "application",
            subject, "{}");
}
