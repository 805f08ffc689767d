namespace Workflow.Casework.Tests;

/// <summary>代为申请: who applies, in which post, and whose consent; without consent only for a child's protection items.</summary>
public sealed class OnBehalfValidationTests
{
    private readonly Organisation _org = TestOrganisation.Build();

    private IReadOnlyList<FieldError> Validate(ApplicationForm form) =>
        ApplicationValidator.Validate(form, _org, ServiceCatalogue.Builtin, TestForms.Today);

    private static ApplicationForm Tekun(OnBehalfOf onBehalf) =>
        TestForms.Scenario1() with { Items = ["tekun"], Household = [], Assessment = AssessmentAnswers.None, OnBehalf = onBehalf };

    private static ApplicationForm ChildCase(OnBehalfOf onBehalf, params string[] items) =>
        TestForms.Scenario1() with { Items = items, Household = [], Assessment = AssessmentAnswers.None, ConsentToFinancialCheck = false, OnBehalf = onBehalf };

    [Fact]
    public void OnBehalf_AssistantWithThePersonsRecordedConsent_IsValid()
    {
        // Given
        var form = Tekun(new("李娜", StandardPosts.VillageAssistant, ProxyConsent.Person, "本人同意，入户时签字确认", null));

        // Then
        Assert.Empty(Validate(form));
    }

    [Fact]
    public void OnBehalf_GuardianConsentWithoutNote_IsAnErrorOnConsentNote()
    {
        // Given
        var form = Tekun(new("李娜", StandardPosts.VillageAssistant, ProxyConsent.Guardian, " ", null));

        // When
        var error = Assert.Single(Validate(form));

        // Then
        Assert.Equal(new FieldError("onBehalf.consentNote", "监护人同意须记录如何取得同意（如本人签字确认、监护人书面同意）"), error);
    }

    [Fact]
    public void OnBehalf_MissingNamePostAndUnknownConsent_NameEachField()
    {
        // Given
        var form = Tekun(new("", "", "maybe", null, null));

        // When
        var errors = Validate(form).ToDictionary(e => e.Field, e => e.Message);

        // Then
        Assert.Equal("代为申请人姓名不能为空", errors["onBehalf.name"]);
        Assert.Equal("代为申请人的岗位不能为空（如 村协理员、儿童主任）", errors["onBehalf.post"]);
        Assert.StartsWith("同意情况应为 本人同意（person）", errors["onBehalf.consent"], StringComparison.Ordinal);
    }

    [Fact]
    public void OnBehalf_StaffForAChildWithoutConsentButWithReason_IsValid()
    {
        // Given: the child's father is in prison and the mother missing, so nobody can agree
        var form = ChildCase(new("杨帆", StandardPosts.ChildProtectionStation, ProxyConsent.None, null, "父亲服刑，母亲失联 7 个月，无人履行监护职责"),
            ServiceItemCodes.DeFactoUnsupportedChild);

        // Then
        Assert.Empty(Validate(form));
    }

    [Fact]
    public void OnBehalf_WithoutConsentOrReason_IsAnErrorOnTheReason()
    {
        // Given
        var form = ChildCase(new("杨帆", StandardPosts.ChildProtectionStation, ProxyConsent.None, null, null), ServiceItemCodes.DeFactoUnsupportedChild);

        // When
        var error = Assert.Single(Validate(form));

        // Then
        Assert.Equal(new FieldError("onBehalf.noConsentReason", "未经同意代为申请须说明理由（如父母服刑或失联，无人履行监护职责）"), error);
    }

    [Fact]
    public void OnBehalf_WithoutConsentForAnItemThatIsNotChildProtection_IsRefusedNamingTheItem()
    {
        // Given: 临时救助 is not a child-protection item
        var form = ChildCase(new("杨帆", StandardPosts.ChildProtectionStation, ProxyConsent.None, null, "无人监护"),
            ServiceItemCodes.DeFactoUnsupportedChild, ServiceItemCodes.TemporaryAssistance);

        // When
        var error = Assert.Single(Validate(form));

        // Then
        Assert.Equal(new FieldError("onBehalf.consent", "未经本人或监护人同意代为申请仅限儿童保护案件中的儿童；临时救助须取得本人或监护人同意"), error);
    }

    [Fact]
    public void OnBehalf_StaffPosts_AreTheVillageAndChildProtectionPosts()
    {
        Assert.Equal(["村协理员", "儿童主任", "未保工作站", "未保中心"], OnBehalfOf.StaffPosts);
        Assert.Equal("本人同意", ProxyConsent.NameOf(ProxyConsent.Person));
        Assert.Equal("未经同意（儿童保护，由工作人员代为申请）", ProxyConsent.NameOf(ProxyConsent.None));
    }
}
