using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Benefits;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Ledger;

/// <summary>
/// <c>/ledger/payroll?division=&amp;month=yyyy-MM</c> (月度发放名册, issue 11): the month's payroll of a division as
/// <see cref="LedgerService.PayrollAsync"/> computes it from the benefits ledger, in the caller's scope — the lines paid
/// with the person of the case that granted each, and the lines held back with their reason (分散供养 without the signed
/// 委托照料服务协议). Signed-in people only, like every page by the folder convention; what they see is the service's
/// scope (their areas, restricted entries only for the child-protection posts).
/// </summary>
public sealed class PayrollModel(CallerResolver callers, CaseworkDirectory directory, LedgerService ledger, CaseAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Division { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public PayrollView? Payroll { get; private set; }

    public MessageBox? Message { get; private set; }

    /// <summary>The divisions the caller may choose: their own and those under them, by name.</summary>
    public IReadOnlyList<(string Code, string Name)> Divisions { get; private set; } = [];

    /// <summary>The person of each case a line came from, when the caller may see that case.</summary>
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        Divisions = directory.Organisation.Divisions.Where(d => caller.Sees(d.Code)).OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => (d.Code, d.Name)).ToList();
        Division ??= caller.Actor.DivisionCodes.FirstOrDefault();
        var answer = await ledger.PayrollAsync(caller, Division, string.IsNullOrWhiteSpace(Month) ? null : Month, cancellationToken);
        if (answer.Rejection is not null)
        {
            Message = new MessageBox("无法生成发放名册", "请选择您辖区内的行政区划，月份按“年-月”填写（例如 2027-01）。", MessageBox.Error);
            return Page();
        }
        Payroll = answer.Value;
        Month = Payroll!.Month;
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var caseId in Payroll.Lines.Concat(Payroll.Held).Select(l => l.CaseId).Distinct(StringComparer.Ordinal))
        {
            if ((await access.VisibleAsync(caller, caseId, cancellationToken))?.ApplicantName is { } name)
            {
                people[caseId] = name;
            }
        }
        People = people;
        return Page();
    }

    public string DivisionName(string? code) => directory.Organisation.DivisionName(code);

    public string Person(string caseId) => People.TryGetValue(caseId, out var name) ? name : "（无权查看）";
}
