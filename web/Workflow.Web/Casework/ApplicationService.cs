using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Workflow.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Queries;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Casework;

/// <summary>
/// 一门受理 and 统一窗口出件: accepts an integrated application, splits it into sub-cases (workflow instances for 民政
/// items, referral instances for other departments), and answers with one combined view. The parent case is the
/// application row; it closes when the last sub-case has closed. Concerns live in partial files.
/// </summary>
public sealed partial class ApplicationService(
    CaseworkStore store,
    CaseworkDirectory directory,
    CommandRunner commands,
    WorkflowQueries queries,
    IWorkingCalendar calendar,
    TimeProvider time,
    IOptions<CaseworkOptions> options,
    FinancialCheckService checks,
    ILogger<ApplicationService> logger)
{
    // Audit details stay readable: Chinese as is, only what JSON requires escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public ServiceCatalogue Catalogue { get; } = ServiceCatalogue.Builtin;

    private CaseworkAuditEntry Audit(Caller caller, string action, string subjectId, object detail) =>
        new(Guid.NewGuid().ToString("N"), time.GetUtcNow(), caller.Id, action, "application", subjectId, JsonSerializer.Serialize(detail, Json));

    /// <summary>The yearly-cap key of a household: the applicant's ID number, hashed so the column holds no personal data.</summary>
    private static string HouseholdKey(string idNumber) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ChineseIdNumber.Normalize(idNumber))));

    private static bool Sees(Caller caller, ApplicationRecord application, StoredApplication body) =>
        CaseAccessPolicy.MaySee(caller.Subject, Facts(application, body, []));

    /// <summary>
    /// An application as the access policy reads it: the sub-cases' divisions, the window, the deciding divisions, the
    /// referrals to departments, and the open tasks of its sub-cases when the caller's handling matters (a reveal).
    /// </summary>
    private static CaseFacts Facts(ApplicationRecord application, StoredApplication body, IReadOnlyList<TaskFacts> openTasks) => new(
        body.SubCases.Select(s => s.CaseDivisionCode).Distinct().ToList(),
        body.Flags.Contains(ApplicationFlags.ChildProtection),
        application.WindowDivision,
        body.SubCases.Select(s => s.DecidingDivisionCode).OfType<string>().Append(application.DecidingDivision).Distinct().ToList(),
        body.SubCases.Where(s => s.DepartmentCode is not null)
            .Select(s => new TaskFacts(s.DecidingDivisionCode ?? s.CaseDivisionCode, s.DepartmentCode, true, [], []))
            .Concat(openTasks).ToList());

    /// <summary>
    /// The application for a read that shows its personal data (a receipt, a notice, attachments, the audit trail):
    /// null with <see cref="Missing"/> when the caller may not see it; null with a 403 when they see it only to
    /// supervise (<see cref="CaseAccessPolicy.SeesOnlyFacts"/>).
    /// </summary>
    private async Task<((ApplicationRecord Record, StoredApplication Body)? Found, Rejection? Refused)> WithPersonalDataAsync(
        Caller caller, string id, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not var (record, body))
        {
            return (null, Missing(id));
        }
        return CaseAccessPolicy.SeesOnlyFacts(caller.Subject, Facts(record, body, []))
            ? (null, Rejection.Forbidden("督办仅可查看办理情况，不可查看申请人的材料和个人信息。"))
            : ((record, body), null);
    }

    /// <summary>Whether the caller may see the application: for rows that hang off one (a check, a payment).</summary>
    public async Task<bool> VisibleToAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>The application if the caller may see it: in scope by the window, the deciding jurisdiction or a sub-case.</summary>
    private async Task<(ApplicationRecord Record, StoredApplication Body)?> VisibleAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (await store.GetApplicationAsync(id, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }
        var body = StoredApplication.FromJson(record.Body);
        return Sees(caller, record, body) ? (record, body) : null;
    }
}
