namespace Workflow.Casework.Application.Views;

/// <summary>The applicant with ID number, phone and bank account masked; <c>POST …/reveal</c> shows one with a reason.</summary>
public sealed record PersonView(
    string Name,
    string? IdNumber,
    string? Phone,
    string? BankAccount,
    string? HukouDivisionCode,
    string? ResidenceDivisionCode,
    bool HasResidencePermit);
