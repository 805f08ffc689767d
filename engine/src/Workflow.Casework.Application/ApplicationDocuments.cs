using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application;

/// <summary>
/// The papers the window hands out: the 受理回执 printed at intake, and 统一窗口出件's one notice for every sub-case.
/// Both show personal data, so a caller who sees the application only to supervise gets neither.
/// </summary>
public sealed class ApplicationDocuments(ApplicationReader applications, ApplicationViews views, CaseReader cases, IWorkingCalendar calendar, TimeProvider time)
{
    /// <summary>受理回执, printed at intake.</summary>
    public async Task<CaseworkOutcome<ReceiptView>> ReceiptAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var found = await applications.WithPersonalDataAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (found.Found is not var (record, body))
        {
            return found.Refused!;
        }
        var applicant = body.Form.Applicant!;
        var items = body.SubCases.Select(s => new ReceiptItem(s.ItemName, s.DepartmentName ?? "民政部门",
            s.TimeLimitDays ?? SubCasePlanner.Catalogue.Find(s.ItemCode)?.DefaultTimeLimitDays)).ToList();
        var note = record.Status == ApplicationStatuses.Refused
            ? $"不予受理。理由：{body.RefusalReason}。{Refusal.DefaultAppealRoutes}"
            : "请妥善保管本回执，凭受理编号查询办理进度；办理结果由本窗口统一送达。";
        return new ReceiptView(record.Status == ApplicationStatuses.Refused ? "不予受理告知书" : "社会救助申请受理回执", record.CaseNumber, applicant.Name ?? "",
            PersonalDataMask.IdNumber(applicant.IdNumber), record.CreatedAt, record.WindowDivision, body.AcceptedByName, body.Channel, items, note);
    }

    /// <summary>
    /// 统一窗口出件: one notice for every sub-case, with each refusal's reasons, the decider, and the date by which
    /// the written refusal is due (3 working days after the decision).
    /// </summary>
    public async Task<CaseworkOutcome<NoticeView>> NoticeAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var found = await applications.WithPersonalDataAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (found.Found is not var (record, body))
        {
            return found.Refused!;
        }
        var view = await views.ViewAsync(caller, record, body, cancellationToken).ConfigureAwait(false);
        var items = new List<NoticeItem>();
        if (record.Status == ApplicationStatuses.Refused)
        {
            items.Add(new NoticeItem("社会救助申请", "不予受理", body.AcceptedByName, body.RefusalReason, record.CreatedAt,
                calendar.AddWorkingDays(record.CreatedAt, 3, record.WindowDivision)));
        }
        foreach (var sub in view.SubCases)
        {
            var instance = await cases.InstanceAsync(sub.InstanceId, cancellationToken).ConfigureAwait(false);
            var last = instance?.Tasks.Where(t => t.ClosedAt is not null && t.Outcome is not null).OrderBy(t => t.ClosedAt).LastOrDefault();
            var refused = ResultNames.IsRefusal(sub.Result);
            items.Add(new NoticeItem(sub.ItemName, sub.ResultName ?? "办理中", last?.ActorId, refused ? last?.Comment : null, sub.ClosedAt,
                refused && sub.ClosedAt is { } at ? calendar.AddWorkingDays(at, 3, sub.CaseDivisionCode) : null));
        }
        return new NoticeView(view.Status == ApplicationStatuses.Refused ? "不予受理告知书" : "社会救助审核审批结果告知书", record.CaseNumber, record.ApplicantName,
            record.WindowDivision, view.Status is ApplicationStatuses.Closed or ApplicationStatuses.Refused, time.GetUtcNow(), items, Refusal.DefaultAppealRoutes);
    }
}
