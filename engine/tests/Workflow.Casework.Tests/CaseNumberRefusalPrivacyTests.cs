namespace Workflow.Casework.Tests;

public sealed class CaseNumberRefusalPrivacyTests
{
    [Fact]
    public void CaseNumber_UsesWindowCountyDayAndPaddedSequence()
    {
        Assert.Equal("510722-20261122-00017", CaseNumber.Format("510722100000", new DateOnly(2026, 11, 22), 17));
        Assert.Equal("500113-20260101-123456", CaseNumber.Format("500113102000", new DateOnly(2026, 1, 1), 123456));
        Assert.True(CaseNumber.IsValid("510722-20261122-00017"));
        Assert.False(CaseNumber.IsValid("510722-20261322-00017"));
        Assert.False(CaseNumber.IsValid("5107-20261122-00017"));
        Assert.Throws<ArgumentException>(() => CaseNumber.Format("51a722", new DateOnly(2026, 1, 1), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseNumber.Format("510722100000", new DateOnly(2026, 1, 1), 0));
    }

    [Fact]
    public void Refusal_WithoutReason_IsRefused()
    {
        var refusal = new Refusal("张三", null, TestOrganisation.Township, "  不属于本事项受理范围 ", TestForms.Today, ["dibao"]);
        Assert.Equal("不属于本事项受理范围", refusal.Reason);
        Assert.Contains("行政复议", refusal.AppealRoutes, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Refusal("张三", null, TestOrganisation.Township, " ", TestForms.Today));
        Assert.Equal(
            [new FieldError("applicantName", "申请人姓名不能为空"), new FieldError("windowDivisionCode", "受理窗口区划代码应为12位数字"), new FieldError("reason", "不予受理须说明理由")],
            Refusal.Check(null, "1", null));
    }

    [Fact]
    public void PersonalData_IsMasked()
    {
        Assert.Equal("510722********1234", PersonalDataMask.IdNumber("510722199001011234"));
        Assert.Equal("138****5678", PersonalDataMask.Phone("13800005678"));
        Assert.Equal("023*****3456", PersonalDataMask.Phone("023-66123456"));
        Assert.Equal("**** **** 1234", PersonalDataMask.BankAccount("6217000012341234"));
        Assert.Equal("**** **** 8901", PersonalDataMask.BankAccount("6217 0000 1234 5678 901"));
        Assert.Equal("张秀英", PersonalDataMask.Name("张秀英"));
        Assert.Equal("138****5678", PersonalDataMask.Mask(RevealableField.Phone, "13800005678"));
        Assert.Equal("510722********1234", PersonalDataMask.Mask(RevealableField.IdNumber, "510722199001011234"));
        Assert.Equal("**** **** 1234", PersonalDataMask.Mask(RevealableField.BankAccount, "6217000012341234"));
        Assert.Null(PersonalDataMask.IdNumber(null));
        Assert.Equal("****", PersonalDataMask.IdNumber("1234"));
        Assert.Equal("***", PersonalDataMask.Phone("123"));
        Assert.Equal("****", PersonalDataMask.BankAccount("12"));
    }
}
