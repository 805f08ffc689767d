using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>
/// Checks an application before anything is written. Every error has a field path (<c>applicant.idNumber</c>,
/// <c>household[1].idNumber</c>, <c>items[0]</c>) and a Chinese message that names the field, for a 400 response.
/// </summary>
public static partial class ApplicationValidator
{
    /// <summary>Validates against today's China date on the system clock (ID birth dates may not be in the future).</summary>
    public static IReadOnlyList<FieldError> Validate(ApplicationForm form, Organisation? organisation, ServiceCatalogue catalogue) =>
        Validate(form, organisation, catalogue, TimeProvider.System);

    /// <summary>Validates against today's China date on <paramref name="time"/> (hosts pass their injected clock).</summary>
    public static IReadOnlyList<FieldError> Validate(ApplicationForm form, Organisation? organisation, ServiceCatalogue catalogue, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Validate(form, organisation, catalogue, ChinaTime.DayOf(time.GetUtcNow()));
    }

    public static IReadOnlyList<FieldError> Validate(ApplicationForm form, Organisation? organisation, ServiceCatalogue catalogue, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(catalogue);
        var errors = new List<FieldError>();
        if (form.Applicant is null)
        {
            errors.Add(new("applicant", "申请人信息不能为空"));
        }
        else
        {
            ValidateApplicant(form.Applicant, today, errors);
        }
        ValidateHousehold(form, today, errors);
        ValidateItems(form, catalogue, errors);
        ValidateOnBehalf(form, catalogue, errors);
        ValidateWindow(form.WindowDivisionCode, organisation, errors);
        return errors;
    }

    private static void ValidateApplicant(Applicant a, DateOnly today, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(a.Name))
        {
            errors.Add(new("applicant.name", "申请人姓名不能为空"));
        }
        if (ChineseIdNumber.Check(a.IdNumber, today) is { } problem)
        {
            errors.Add(new("applicant.idNumber", ChineseIdNumber.Describe(problem, "申请人的身份证号")));
        }
        if (string.IsNullOrWhiteSpace(a.Phone))
        {
            errors.Add(new("applicant.phone", "申请人联系电话不能为空"));
        }
        else if (!ContactFormats.IsPhone(a.Phone))
        {
            errors.Add(new("applicant.phone", "申请人联系电话格式不正确，应为11位手机号或带区号的固定电话（如 023-12345678）"));
        }
        if (!string.IsNullOrWhiteSpace(a.BankAccount) && !ContactFormats.IsBankAccount(a.BankAccount))
        {
            errors.Add(new("applicant.bankAccount", "申请人银行账号应为12至30位数字"));
        }
        if (!DivisionCode.IsValid(a.HukouDivisionCode))
        {
            errors.Add(new("applicant.hukouDivisionCode", "申请人户籍地区划代码应为12位数字"));
        }
        if (a.HasResidencePermit && string.IsNullOrWhiteSpace(a.ResidenceDivisionCode))
        {
            errors.Add(new("applicant.residenceDivisionCode", "持居住证申请须填写居住地区划代码"));
        }
        else if (!string.IsNullOrWhiteSpace(a.ResidenceDivisionCode) && !DivisionCode.IsValid(a.ResidenceDivisionCode))
        {
            errors.Add(new("applicant.residenceDivisionCode", "申请人居住地区划代码应为12位数字"));
        }
    }

    private static void ValidateWindow(string? window, Organisation? organisation, List<FieldError> errors)
    {
        if (!DivisionCode.IsValid(window))
        {
            errors.Add(new("windowDivisionCode", "受理窗口区划代码应为12位数字"));
        }
        else if (organisation is not null && organisation.FindDivision(window) is null)
        {
            errors.Add(new("windowDivisionCode", $"受理窗口区划 {window} 不在组织机构中"));
        }
    }
}
