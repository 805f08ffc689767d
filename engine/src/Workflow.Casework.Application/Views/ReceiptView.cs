namespace Workflow.Casework.Application.Views;

/// <summary>受理回执: what was accepted, where, when and by whom, and the legal time limit of each item.</summary>
public sealed record ReceiptView(
    string Title,
    string CaseNumber,
    string ApplicantName,
    string? ApplicantIdNumber,
    DateTimeOffset AcceptedAt,
    string WindowDivisionCode,
    string AcceptedBy,
    string Channel,
    IReadOnlyList<ReceiptItem> Items,
    string Note);
