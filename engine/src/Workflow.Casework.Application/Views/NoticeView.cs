namespace Workflow.Casework.Application.Views;

/// <summary>
/// 统一窗口出件: the combined decision notice the window prints. <paramref name="IsFinal"/> is false while a sub-case
/// is still open. A refusal carries its reasons, the date the written refusal is due (3 working days) and the
/// appeal routes.
/// </summary>
public sealed record NoticeView(
    string Title,
    string CaseNumber,
    string ApplicantName,
    string WindowDivisionCode,
    bool IsFinal,
    DateTimeOffset IssuedAt,
    IReadOnlyList<NoticeItem> Items,
    string AppealRoutes);
