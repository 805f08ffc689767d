namespace Workflow.Casework;

/// <summary>
/// Where a referral goes: department code and name (as in <c>Gov.Referral</c>), its level, the office division at
/// that level for the case (null when unknown) and the reply deadline in working days.
/// </summary>
public sealed record ReferralPlan(string DepartmentCode, string DepartmentName, string Level, string? DivisionCode, int TimeLimitDays);
