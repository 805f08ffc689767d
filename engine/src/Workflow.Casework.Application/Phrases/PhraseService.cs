using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Phrases;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application.Phrases;

/// <summary>
/// 审批意见常用语 (issue 12): everyone keeps their own list; an office (a division) has a shared list offered to everyone
/// holding a post there. The policy, in one place: a person adds and removes only their own phrases; an office's list
/// is changed by an administrator whose area holds that division (<see cref="CaseAccessPolicy.MayAdminister"/>) — the
/// organisation has no 科室负责人 post to hand it to. Every change is in the casework audit.
/// </summary>
public sealed class PhraseService(PhraseStore store, CaseworkStore casework, CaseworkDirectory directory, TimeProvider time)
{
    public const int MaxLength = 500;

    public const int MaxPerOwner = 50;

    /// <summary>What the decision form offers: the caller's own phrases, then those of each office they hold a post in.</summary>
    public async Task<IReadOnlyList<PhraseView>> OfferedAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var offered = new List<PhraseView>(await MineAsync(caller, cancellationToken).ConfigureAwait(false));
        foreach (var division in caller.Actor.DivisionCodes.Distinct(StringComparer.Ordinal))
        {
            offered.AddRange(await ListAsync(PhraseOwners.Office, division, cancellationToken).ConfigureAwait(false));
        }
        return offered;
    }

    public Task<IReadOnlyList<PhraseView>> MineAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return ListAsync(PhraseOwners.User, caller.Id, cancellationToken);
    }

    /// <summary>An office's list: for those who hold a post there and the administrators of its area; else not found.</summary>
    public async Task<CaseworkOutcome<IReadOnlyList<PhraseView>>> OfficeAsync(Caller caller, string divisionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Actor.DivisionCodes.Contains(divisionCode) && !MayManageOffice(caller, divisionCode))
        {
            return NoOffice(divisionCode);
        }
        return new CaseworkOutcome<IReadOnlyList<PhraseView>>(await ListAsync(PhraseOwners.Office, divisionCode, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The offices whose lists the caller may change: the divisions of the organisation in their administrator's area.</summary>
    public IReadOnlyList<string> ManagedOffices(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAdministrator
            ? directory.Organisation.Divisions.Select(d => d.Code).Where(code => MayManageOffice(caller, code)).ToList()
            : [];
    }

    public static bool MayManageOffice(Caller caller, string divisionCode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAdministrator && CaseAccessPolicy.MayAdminister(caller.Subject, divisionCode);
    }

    public Task<CaseworkOutcome<PhraseView>> AddMineAsync(Caller caller, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return AddAsync(caller, PhraseOwners.User, caller.Id, text, cancellationToken);
    }

    public async Task<CaseworkOutcome<PhraseView>> AddOfficeAsync(Caller caller, string divisionCode, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (directory.Organisation.FindDivision(divisionCode) is null)
        {
            return NoOffice(divisionCode);
        }
        if (!MayManageOffice(caller, divisionCode))
        {
            return Rejection.Forbidden($"Expected an administrator of division '{divisionCode}' to change its phrases, but '{caller.Id}' is not (本单位常用语由管辖该区划的系统管理员维护).");
        }
        return await AddAsync(caller, PhraseOwners.Office, divisionCode, text, cancellationToken).ConfigureAwait(false);
    }

    public Task<CaseworkOutcome<bool>> DeleteMineAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return DeleteAsync(caller, PhraseOwners.User, caller.Id, id, cancellationToken);
    }

    public async Task<CaseworkOutcome<bool>> DeleteOfficeAsync(Caller caller, string divisionCode, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!MayManageOffice(caller, divisionCode))
        {
            return Rejection.Forbidden($"Expected an administrator of division '{divisionCode}' to change its phrases, but '{caller.Id}' is not (本单位常用语由管辖该区划的系统管理员维护).");
        }
        return await DeleteAsync(caller, PhraseOwners.Office, divisionCode, id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CaseworkOutcome<PhraseView>> AddAsync(Caller caller, string kind, string owner, string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength)
        {
            return Rejection.Invalid($"Expected a phrase of 1 to {MaxLength} characters, but got {trimmed.Length} (常用语须为 1 至 {MaxLength} 个字).", "text");
        }
        var existing = await store.ListAsync(kind, owner, cancellationToken).ConfigureAwait(false);
        if (existing.Count >= MaxPerOwner)
        {
            return Rejection.Invalid($"Expected at most {MaxPerOwner} phrases per list, but the list is full (常用语最多 {MaxPerOwner} 条，请先删除不用的).", "text");
        }
        if (existing.FirstOrDefault(p => p.Text == trimmed) is { } same)
        {
            return View(same);
        }
        var phrase = new Phrase(Guid.NewGuid().ToString("N"), kind, owner, trimmed, caller.Id, time.GetUtcNow());
        await store.AddAsync(phrase, cancellationToken).ConfigureAwait(false);
        await casework.AppendAuditAsync(CaseworkAudit.Entry(phrase.CreatedAt, caller.Id, "phrase.add", "phrase", phrase.Id, new { scope = kind, owner }),
            cancellationToken).ConfigureAwait(false);
        return View(phrase);
    }

    private async Task<CaseworkOutcome<bool>> DeleteAsync(Caller caller, string kind, string owner, string id, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(id, kind, owner, cancellationToken).ConfigureAwait(false))
        {
            return Rejection.NotFound($"Expected phrase '{id}' in the caller's list, but there is none (没有这条常用语).");
        }
        await casework.AppendAuditAsync(CaseworkAudit.Entry(time.GetUtcNow(), caller.Id, "phrase.delete", "phrase", id, new { scope = kind, owner }),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<IReadOnlyList<PhraseView>> ListAsync(string kind, string owner, CancellationToken cancellationToken) =>
        (await store.ListAsync(kind, owner, cancellationToken).ConfigureAwait(false)).Select(View).ToList();

    private PhraseView View(Phrase p) => new(p.Id, p.Text, p.OwnerKind, p.OwnerId,
        p.OwnerKind == PhraseOwners.Office ? $"{directory.Organisation.DivisionName(p.OwnerId)}常用语" : "我的常用语", p.CreatedAt);

    private static Rejection NoOffice(string divisionCode) =>
        Rejection.NotFound($"Expected office '{divisionCode}' among the caller's offices, but there is none (没有这个单位的常用语).");
}
