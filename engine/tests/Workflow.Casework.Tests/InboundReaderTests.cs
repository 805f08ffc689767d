using Workflow.Casework.Application.Inbound;

namespace Workflow.Casework.Tests;

public sealed class InboundReaderTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly string Elder = "50011319460712003" + ChineseIdNumber.ComputeCheckDigit("50011319460712003");

    [Fact]
    public void Read_SoundPopulationRecord_GivesTheMessageDivisionAndPerson()
    {
        var json = $$"""{ "senderSystem": "pop", "senderMessageId": "p-1", "idNumber": "{{Elder.ToLowerInvariant()}}", "name": "王大爷", "householdIdNumber": "{{Elder}}", "divisionCode": "500113102001", "birthDate": "1946-07-12" }""";

        var reading = InboundReader.Read(InboundKinds.PopulationRecord, json, Today);

        Assert.Null(reading.Problem);
        Assert.IsType<PopulationRecordChanged>(reading.Message);
        Assert.Equal("p-1", reading.SenderMessageId);
        Assert.Equal("500113102001", reading.DivisionCode);
        Assert.Equal(Elder, reading.IdNumber);
    }

    [Theory]
    [InlineData("""{ "senderMessageId": "x" }""", "缺少来源部门")]
    [InlineData("""{ "senderMessageId": "x", "idNumber": "123", "diedOn": "2028-05-03", "source": "公安" }""", "身份证号应为18位")]
    [InlineData("""{ "idNumber": "123", "diedOn": "2028-05-03", "source": "公安" }""", "缺少发送方消息编号")]
    [InlineData("""{ "senderMessageId": "x", "diedOn": 5 }""", "JSON 格式错误")]
    [InlineData("not json", "JSON 格式错误")]
    [InlineData("[1,2]", "JSON 格式错误")]
    public void Read_MalformedDeath_NamesTheProblemInChinese(string json, string expected)
    {
        var reading = InboundReader.Read(InboundKinds.PersonDied, json, Today);

        Assert.Contains(expected, reading.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKindOrBirthDateAgainstTheIdNumber_IsAProblem()
    {
        var json = $$"""{ "senderMessageId": "p-2", "idNumber": "{{Elder}}", "name": "王大爷", "householdIdNumber": "{{Elder}}", "divisionCode": "500113102001", "birthDate": "1950-01-01" }""";

        Assert.Contains("未知的来件类型", InboundReader.Read("fax", "{}", Today).Problem, StringComparison.Ordinal);
        Assert.Contains("出生日期与身份证号不符", InboundReader.Read(InboundKinds.PopulationRecord, json, Today).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_MessageBody_HidesIdNumbersAndPhones()
    {
        var masked = InboundMasking.Mask($$"""{ "idNumber": "{{Elder}}", "child": { "idNumber": "{{Elder}}" }, "reporterContact": "13800001234", "summary": "身份证 {{Elder}}" }""");

        Assert.DoesNotContain(Elder, masked, StringComparison.Ordinal);
        Assert.DoesNotContain("13800001234", masked, StringComparison.Ordinal);
        Assert.Equal(FreeTextMask.Mask("not json " + Elder), InboundMasking.Mask("not json " + Elder));
    }
}
