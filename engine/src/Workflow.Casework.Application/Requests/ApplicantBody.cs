namespace Workflow.Casework.Application.Requests;

/// <summary>The applicant: 户籍地 and 居住地 divisions (a 居住证 holder may apply where they live), phone and bank account.</summary>
public sealed record ApplicantBody(
    string? Name,
    string? IdNumber,
    string? Phone,
    string? BankAccount,
    string? HukouDivisionCode,
    string? ResidenceDivisionCode,
    bool HasResidencePermit);
