namespace Workflow.Casework.Tests;

/// <summary>Personal numbers typed into free text are masked in views; the system's own codes are left as they are.</summary>
public sealed class FreeTextMaskTests
{
    [Theory]
    [InlineData("申请人身份证 500113198001010035，情况属实", "申请人身份证 500113********0035，情况属实")]
    [InlineData("电话13800138000联系", "电话138****8000联系")]
    [InlineData("座机 023-66123456", "座机 023*****3456")]
    [InlineData("卡号 6222 0202 0011 2233 445", "卡号 **** **** 3445")]
    [InlineData("卡号6222020200112233445", "卡号**** **** 3445")]
    public void Mask_PersonalNumbersInText_AreMasked(string text, string expected) =>
        Assert.Equal(expected, FreeTextMask.Mask(text));

    [Theory]
    [InlineData("区划 500113102001 的案件")]
    [InlineData("受理编号 500113-20261122-00017")]
    [InlineData("2026-12-06T10:00:00+08:00")]
    [InlineData("3f2a9c1b7d8e4f6a9b0c1d2e3f4a5b6c")]
    [InlineData("经评议，5 人同意，0 人反对。")]
    public void Mask_SystemCodesAndOrdinaryText_AreLeft(string text) =>
        Assert.Equal(text, FreeTextMask.Mask(text));

    [Theory]
    [InlineData("applicantIdNumber", "500113198001010035", "500113********0035")]
    [InlineData("relativeIdNumbers", "500113198001010035", "500113********0035")]
    [InlineData("applicantPhone", "13800138000", "138****8000")]
    [InlineData("householdSize", "3", "3")]
    [InlineData("reason", "联系 13800138000", "联系 138****8000")]
    public void MaskForView_UsesTheCatalogue_ThenScansFreeText(string key, string value, string expected) =>
        Assert.Equal(expected, PersonalFieldCatalogue.MaskForView(key, value));
}
