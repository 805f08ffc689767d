using Workflow.Casework.Benefits;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// What the ledger answers (issue 11): what a person or household receives now or in a month, everyone on an item in a
/// division (paged), the month's payroll, and the entries a case created. Everything is in the caller's scope by the
/// one access policy (<see cref="CaseAccessPolicy.ListScope"/>: their areas, restricted entries only for the
/// child-protection posts); a case's entries only for who sees the case. No ID numbers go out.
/// </summary>
public sealed class LedgerService(LedgerStore ledger, CaseworkStore casework, CaseAccess access, TimeProvider time)
{
    public const string HeldForCareAgreement = "待签订委托照料服务协议";

    public async Task<CaseworkOutcome<LedgerView>> PersonAsync(Caller caller, string? idNumber, string? month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Refuse(idNumber, month, out var at) is { } refused)
        {
            return refused;
        }
        var key = PersonKey.Of(idNumber!);
        var household = (await ledger.GetPersonAsync(key, cancellationToken).ConfigureAwait(false))?.HouseholdKey ?? key;
        var rows = await ledger.ConcerningAsync(key, household, cancellationToken).ConfigureAwait(false);
        return View(caller, rows.Where(r => LedgerWrites.ToDomain(r).Beneficiary.Concerns(key) || r.Amounts.Any(a => a.Members.Contains(key))), at);
    }

    public async Task<CaseworkOutcome<LedgerView>> HouseholdAsync(Caller caller, string? idNumber, string? month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Refuse(idNumber, month, out var at) is { } refused)
        {
            return refused;
        }
        var key = PersonKey.Of(idNumber!);
        var household = (await ledger.GetPersonAsync(key, cancellationToken).ConfigureAwait(false))?.HouseholdKey ?? key;
        return View(caller, await ledger.ByHouseholdAsync(household, cancellationToken).ConfigureAwait(false), at);
    }

    public async Task<CaseworkOutcome<LedgerPage>> ItemInDivisionAsync(Caller caller, string itemCode, string? division, int page, int pageSize,
        string? month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (LedgerItems.Find(itemCode) is not { } item)
        {
            return Rejection.NotFound($"Expected an item of the ledger, but '{itemCode}' has none (无此待遇项目).");
        }
        if (DivisionOf(division) is not { } prefix)
        {
            return Rejection.Invalid($"Expected a division code, but got '{division}' (行政区划代码无效).", "division");
        }
        if (page < 1 || pageSize is < 1 or > 200)
        {
            return Rejection.Invalid($"Expected page from 1 and pageSize from 1 to 200, but got {page} and {pageSize}.", "page");
        }
        if (MonthOf(month) is not { } at)
        {
            return Rejection.Invalid($"Expected a month as yyyy-MM, but got '{month}'.", "month");
        }
        var rows = await ledger.ItemInDivisionAsync(itemCode, prefix, Scope(caller), (page - 1) * pageSize, pageSize, cancellationToken).ConfigureAwait(false);
        return new LedgerPage(itemCode, item.Name, division!, page, pageSize, rows.Select(r => Entry(r, at)).ToList());
    }

    public async Task<CaseworkOutcome<PayrollView>> PayrollAsync(Caller caller, string? division, string? month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (DivisionOf(division) is not { } prefix)
        {
            return Rejection.Invalid($"Expected a division code, but got '{division}' (行政区划代码无效).", "division");
        }
        if (MonthOf(month) is not { } at)
        {
            return Rejection.Invalid($"Expected a month as yyyy-MM, but got '{month}'.", "month");
        }
        var lines = new List<LedgerEntryView>();
        var held = new List<LedgerEntryView>();
        foreach (var row in await ledger.PayrollAsync(prefix, at.Index, Scope(caller), cancellationToken).ConfigureAwait(false))
        {
            var reason = await HeldReasonAsync(row, cancellationToken).ConfigureAwait(false);
            (reason is null ? lines : held).Add(Entry(row, at) with { HeldReason = reason });
        }
        return new PayrollView(division!, at.ToString(), lines, held, lines.Sum(l => l.MonthlyYuan));
    }

    /// <summary>
    /// The entries a case created, for who sees the case (else not found, like the case itself); a supervisor who sees only
    /// its facts sees them too, since an entry holds no personal data.
    /// </summary>
    public async Task<CaseworkOutcome<LedgerView>> ByCaseAsync(Caller caller, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await access.VisibleAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            return Rejection.NotFound($"Expected a case you may see, but '{instanceId}' is not one (案件不存在或无权查看).");
        }
        var at = LedgerMonth.Of(ChinaTime.DayOf(time.GetUtcNow()));
        var rows = await ledger.ByCaseAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var entries = new List<LedgerEntryView>();
        foreach (var row in rows)
        {
            entries.Add(Entry(row, at) with { HeldReason = await HeldReasonAsync(row, cancellationToken).ConfigureAwait(false) });
        }
        return new LedgerView(at.ToString(), entries, entries.Where(e => e.HeldReason is null).Sum(e => e.MonthlyYuan));
    }

    /// <summary>Held back until the gate's attachment is on file for the application (分散供养: the signed 委托照料服务协议).</summary>
    private async Task<string?> HeldReasonAsync(EntitlementRecord row, CancellationToken cancellationToken)
    {
        if (row.PayCondition is not { } condition || row.ApplicationId is not { } application)
        {
            return null;
        }
        var files = await casework.ListAttachmentsAsync(application, cancellationToken).ConfigureAwait(false);
        return files.Any(f => f.Kind == condition) ? null : HeldForCareAgreement;
    }

    private LedgerView View(Caller caller, IEnumerable<EntitlementRecord> rows, LedgerMonth at)
    {
        var scope = Scope(caller);
        var entries = rows.Where(r => caller.Sees(r.DivisionCode) && (!r.Restricted || scope.SeesRestricted)).Select(r => Entry(r, at)).ToList();
        return new LedgerView(at.ToString(), entries, entries.Sum(e => e.MonthlyYuan));
    }

    private static LedgerEntryView Entry(EntitlementRecord row, LedgerMonth at)
    {
        var e = LedgerWrites.ToDomain(row);
        var latest = e.Amounts[^1];
        var current = e.PeriodAt(at) ?? e.Amounts[0];
        return new LedgerEntryView(e.Id, e.ItemCode, LedgerItems.NameOf(e.ItemCode), e.Beneficiary.Kind == BeneficiaryKind.Household ? "家庭" : "本人",
            Math.Max(1, current.Members.Count), e.DivisionCode, e.FenFor(at) / 100m, current.MonthlyFen / 100m, e.StartMonth.ToString(),
            e.StopMonth?.ToString(), latest.Rule, LedgerRules.TextOf(latest.Rule), e.GrantedByCaseId, e.Restricted);
    }

    private static LedgerScope Scope(Caller caller)
    {
        var scope = caller.Scope;
        return new LedgerScope(scope.AreaPrefixes, scope.SeesRestricted);
    }

    private Rejection? Refuse(string? idNumber, string? month, out LedgerMonth at)
    {
        at = default;
        if (ChineseIdNumber.Check(idNumber, ChinaTime.DayOf(time.GetUtcNow())) is { } problem)
        {
            return Rejection.Invalid($"Expected a valid ID number, but it is not ({ChineseIdNumber.Describe(problem)}).", "idNumber");
        }
        if (MonthOf(month) is not { } m)
        {
            return Rejection.Invalid($"Expected a month as yyyy-MM, but got '{month}'.", "month");
        }
        at = m;
        return null;
    }

    private LedgerMonth? MonthOf(string? month) =>
        string.IsNullOrEmpty(month) ? LedgerMonth.Of(ChinaTime.DayOf(time.GetUtcNow())) : LedgerMonth.TryParse(month, out var m) ? m : null;

    private static string? DivisionOf(string? division) => DivisionCode.From(division) is { } d ? d.Prefix : null;
}
