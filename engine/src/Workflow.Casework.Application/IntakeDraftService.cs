using System.Text.Json;
using Workflow.Casework.Application.Requests;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>
/// Window drafts (暂存, issue 12): a clerk saves an intake form before it is complete, lists their own drafts (the ID
/// number masked), resumes one and discards it; submitting the application deletes it. A draft holds personal data, so
/// only its author ever reaches it (the store's every statement names the author), and saving, opening and deleting
/// are audited, with no personal data in the audit detail.
/// </summary>
public sealed class IntakeDraftService(IntakeDraftStore store, TimeProvider time)
{
    public const string SubjectType = "intake-draft";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Saves <paramref name="form"/> as a new draft, or over the caller's draft <paramref name="draftId"/>.</summary>
    public async Task<CaseworkOutcome<IntakeDraftRecord>> SaveAsync(Caller caller, string? draftId, ApplicationRequest form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(form);
        var window = form.WindowDivisionCode ?? caller.ScopeDivisions.FirstOrDefault();
        if (window is null || !caller.IsAtWindow || !caller.Sees(window))
        {
            return Rejection.Forbidden($"Expected '{caller.Id}' to hold a window post (窗口受理) at division {window}, but they do not (只有本窗口的受理人员可以暂存).");
        }
        var now = time.GetUtcNow();
        var items = form.Items?.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var draft = new IntakeDraftRecord(string.IsNullOrEmpty(draftId) ? Guid.NewGuid().ToString("N") : draftId, caller.Id, window,
            form.Applicant?.Name?.Trim() is { Length: > 0 } name ? name : null, PersonalDataMask.IdNumber(form.Applicant?.IdNumber?.Trim()),
            string.Join(",", items), JsonSerializer.Serialize(form with { WindowDivisionCode = window, RequestKey = null }, Json), now, now);
        var audit = Audit(caller, "intake-draft.save", draft.Id, new { items, created = string.IsNullOrEmpty(draftId) });
        if (string.IsNullOrEmpty(draftId))
        {
            await store.AddAsync(draft, audit, cancellationToken).ConfigureAwait(false);
            return draft;
        }
        return await store.UpdateAsync(draft, audit, cancellationToken).ConfigureAwait(false) ? draft : NotFound(draftId);
    }

    /// <summary>The caller's own drafts, newest first, without their forms.</summary>
    public Task<IReadOnlyList<IntakeDraftRecord>> ListAsync(Caller caller, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return store.ListAsync(caller.Id, limit, cancellationToken);
    }

    /// <summary>The caller's draft with its form, to resume; the opening is audited.</summary>
    public async Task<CaseworkOutcome<IntakeDraft>> OpenAsync(Caller caller, string draftId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var draft = await store.OpenAsync(draftId, caller.Id, Audit(caller, "intake-draft.open", draftId, new { }), cancellationToken).ConfigureAwait(false);
        return draft?.Form is { } form && JsonSerializer.Deserialize<ApplicationRequest>(form, Json) is { } request
            ? new IntakeDraft(draft with { Form = null }, request)
            : NotFound(draftId);
    }

    /// <summary>Deletes the caller's draft: discarded by hand, or <paramref name="submitted"/> as an application.</summary>
    public async Task<CaseworkOutcome<bool>> DiscardAsync(Caller caller, string draftId, bool submitted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var action = submitted ? "intake-draft.submit" : "intake-draft.discard";
        return await store.DeleteAsync(draftId, caller.Id, Audit(caller, action, draftId, new { }), cancellationToken).ConfigureAwait(false)
            ? true
            : NotFound(draftId);
    }

    private CaseworkAuditEntry Audit(Caller caller, string action, string draftId, object detail) =>
        CaseworkAudit.Entry(time.GetUtcNow(), caller.Id, action, SubjectType, draftId, detail);

    private static Rejection NotFound(string draftId) =>
        Rejection.NotFound($"Expected a draft '{draftId}' of the caller's own, but there is none (暂存记录不存在或已提交).");
}
