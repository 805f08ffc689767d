using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>
/// 不予受理: the window refuses to accept an application. A reason is required by law (书面告知理由), so the
/// constructor refuses a blank one; <see cref="Check"/> gives the same rules as field errors for an API.
/// <see cref="AppealRoutes"/> is printed on the notice.
/// </summary>
public sealed record Refusal
{
    public const string DefaultAppealRoutes = "如不服本决定，可自收到本告知之日起60日内依法申请行政复议，或者6个月内依法提起行政诉讼。";

    public Refusal(string applicantName, string? applicantIdNumber, string windowDivisionCode, string reason, DateOnly day, IReadOnlyList<string>? itemCodes = null)
    {
        var errors = Check(applicantName, windowDivisionCode, reason);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Expected a complete refusal, but: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }
        ApplicantName = applicantName.Trim();
        ApplicantIdNumber = applicantIdNumber;
        WindowDivisionCode = windowDivisionCode;
        Reason = reason.Trim();
        Day = day;
        ItemCodes = itemCodes ?? [];
    }

    public string ApplicantName { get; }

    public string? ApplicantIdNumber { get; }

    public string WindowDivisionCode { get; }

    /// <summary>Why the application is not accepted; never blank.</summary>
    public string Reason { get; }

    /// <summary>The China date of the decision.</summary>
    public DateOnly Day { get; }

    /// <summary>The items the applicant asked for, for the notice.</summary>
    public IReadOnlyList<string> ItemCodes { get; }

    public string AppealRoutes { get; init; } = DefaultAppealRoutes;

    public static IReadOnlyList<FieldError> Check(string? applicantName, string? windowDivisionCode, string? reason)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(applicantName))
        {
            errors.Add(new("applicantName", "申请人姓名不能为空"));
        }
        if (!DivisionCode.IsValid(windowDivisionCode))
        {
            errors.Add(new("windowDivisionCode", "受理窗口区划代码应为12位数字"));
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new("reason", "不予受理须说明理由"));
        }
        return errors;
    }
}
