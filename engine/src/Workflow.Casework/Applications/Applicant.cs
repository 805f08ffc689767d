namespace Workflow.Casework;

/// <summary>
/// The person who applies for the household. <paramref name="HukouDivisionCode"/> is the 户籍地 and
/// <paramref name="ResidenceDivisionCode"/> the 居住地 (12-digit village/community codes); a
/// <paramref name="HasResidencePermit"/> (居住证) holder may have some items decided where they live.
/// <paramref name="BankAccount"/> is optional at intake (referral-only applications pay nothing through 民政).
/// </summary>
public sealed record Applicant(
    string Name,
    string IdNumber,
    string Phone,
    string? BankAccount,
    string HukouDivisionCode,
    string? ResidenceDivisionCode,
    bool HasResidencePermit);
