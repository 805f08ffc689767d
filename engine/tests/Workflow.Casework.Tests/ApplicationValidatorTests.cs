namespace Workflow.Casework.Tests;

public sealed class ApplicationValidatorTests
{
    private readonly Organisation _org = TestOrganisation.Build();

    private IReadOnlyList<FieldError> Validate(ApplicationForm form) =>
        ApplicationValidator.Validate(form, _org, ServiceCatalogue.Builtin, TestForms.Today);

    [Fact]
    public void Validate_CompleteForm_IsValid()
    {
        Assert.Empty(Validate(TestForms.Scenario1()));
        Assert.Empty(ApplicationValidator.Validate(TestForms.Scenario1(), null, ServiceCatalogue.Builtin));
    }

    [Fact]
    public void Validate_BadMemberId_NamesTheMember()
    {
        var form = TestForms.Scenario1();
        form = form with { Household = [form.Household[0], form.Household[1] with { IdNumber = TestIds.BreakCheck(form.Household[1].IdNumber) }] };
        var error = Assert.Single(Validate(form));
        Assert.Equal(new FieldError("household[1].idNumber", "家庭成员第2人的身份证号校验位错误"), error);
    }

    [Fact]
    public void Validate_ApplicantFields_AreChecked()
    {
        var form = TestForms.Scenario1();
        form = form with
        {
            Applicant = new Applicant("", "123", "12345", "12ab", "5001", null, true),
        };
        var errors = Validate(form).ToDictionary(e => e.Field, e => e.Message);
        Assert.Equal("申请人姓名不能为空", errors["applicant.name"]);
        Assert.Equal("申请人的身份证号应为18位", errors["applicant.idNumber"]);
        Assert.StartsWith("申请人联系电话格式不正确", errors["applicant.phone"], StringComparison.Ordinal);
        Assert.Equal("申请人银行账号应为12至30位数字", errors["applicant.bankAccount"]);
        Assert.Equal("申请人户籍地区划代码应为12位数字", errors["applicant.hukouDivisionCode"]);
        Assert.Equal("持居住证申请须填写居住地区划代码", errors["applicant.residenceDivisionCode"]);
    }

    [Theory]
    [InlineData("13800005678", true)]
    [InlineData("19912345678", true)]
    [InlineData("023-66123456", true)]
    [InlineData("02366123456", true)]
    [InlineData("0818-2123456", true)]
    [InlineData("023-66123456-801", true)]
    [InlineData("12800005678", false)]
    [InlineData("1380000567", false)]
    [InlineData("66123456", false)]
    public void Validate_Phone_ChecksTheFormat(string phone, bool valid)
    {
        var form = TestForms.Scenario1();
        form = form with { Applicant = form.Applicant with { Phone = phone } };
        Assert.Equal(valid, !Validate(form).Any(e => e.Field == "applicant.phone"));
    }

    [Theory]
    [InlineData("123456789012", true)]
    [InlineData("6217 0000 1234 5678 901", true)]
    [InlineData("123456789012345678901234567890", true)]
    [InlineData("12345678901", false)]
    [InlineData("1234567890123456789012345678901", false)]
    [InlineData("", true)]
    public void Validate_BankAccount_ChecksTheFormat(string account, bool valid)
    {
        var form = TestForms.Scenario1();
        form = form with { Applicant = form.Applicant with { BankAccount = account } };
        Assert.Equal(valid, !Validate(form).Any(e => e.Field == "applicant.bankAccount"));
    }

    [Fact]
    public void Validate_MembersItemsConsentAndWindow_AreChecked()
    {
        var form = TestForms.Scenario1() with
        {
            Household = [new HouseholdMember("", "", TestOrganisation.ApplicantId), new HouseholdMember("乙", "子女", "")],
            Items = ["dibao", "nope", "dibao", "disability-subsidies"],
            ConsentToFinancialCheck = false,
            WindowDivisionCode = "500113199000",
        };
        var errors = Validate(form).ToDictionary(e => e.Field, e => e.Message);
        Assert.Equal("家庭成员第1人的姓名不能为空", errors["household[0].name"]);
        Assert.Equal("家庭成员第1人与申请人的关系不能为空", errors["household[0].relation"]);
        Assert.Equal("家庭成员第1人的身份证号与申请人重复", errors["household[0].idNumber"]);
        Assert.Equal("家庭成员第2人的身份证号不能为空", errors["household[1].idNumber"]);
        Assert.Equal("第2项申请事项 nope 不在事项目录中", errors["items[1]"]);
        Assert.Equal("第3项申请事项 最低生活保障（低保） 重复", errors["items[2]"]);
        Assert.Equal("申请最低生活保障（低保）须签署家庭经济状况核对授权", errors["consentToFinancialCheck"]);
        Assert.Equal("申请残疾人两项补贴须填写残疾等级", errors["assessment.disabilityGrade"]);
        Assert.Equal("受理窗口区划 500113199000 不在组织机构中", errors["windowDivisionCode"]);
    }

    [Fact]
    public void Validate_NoItemsAndBadGrade_AreErrors()
    {
        var form = TestForms.Scenario1() with { Items = [], Assessment = new AssessmentAnswers(DisabilityGrade: 7), WindowDivisionCode = "x" };
        var errors = Validate(form).ToDictionary(e => e.Field, e => e.Message);
        Assert.Equal("至少选择一项申请事项", errors["items"]);
        Assert.Equal("残疾等级应为1至4级", errors["assessment.disabilityGrade"]);
        Assert.Equal("受理窗口区划代码应为12位数字", errors["windowDivisionCode"]);
    }

    [Fact]
    public void Validate_MemberBornInTheFuture_IsRefused()
    {
        var form = TestForms.Scenario1() with { Household = [new HouseholdMember("未来", "子女", TestIds.Make("500113", "20261201", 1))] };
        Assert.Equal("家庭成员第1人的身份证号中的出生日期晚于今天", Assert.Single(Validate(form)).Message);
    }
}
