namespace Workflow.Casework;

/// <summary>代为申请: who applies, in which post, and whose consent; without consent only for a child's protection items.</summary>
public static partial class ApplicationValidator
{
    private static void ValidateOnBehalf(ApplicationForm form, ServiceCatalogue catalogue, List<FieldError> errors)
    {
        if (form.OnBehalf is not { } p)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            errors.Add(new("onBehalf.name", "代为申请人姓名不能为空"));
        }
        if (string.IsNullOrWhiteSpace(p.Post))
        {
            errors.Add(new("onBehalf.post", "代为申请人的岗位不能为空（如 村协理员、儿童主任）"));
        }
        if (p.Consent is not (ProxyConsent.Person or ProxyConsent.Guardian or ProxyConsent.None))
        {
            errors.Add(new("onBehalf.consent", "同意情况应为 本人同意（person）、监护人同意（guardian）或 未经同意（none，仅限儿童保护案件）"));
            return;
        }
        if (p.Consent != ProxyConsent.None)
        {
            if (string.IsNullOrWhiteSpace(p.ConsentNote))
            {
                errors.Add(new("onBehalf.consentNote", $"{ProxyConsent.NameOf(p.Consent)}须记录如何取得同意（如本人签字确认、监护人书面同意）"));
            }
            return;
        }
        // Without consent staff act for a child whom nobody else protects; every item must be a child-protection item.
        var others = (form.Items ?? []).Select(catalogue.Find).OfType<ServiceItem>().Where(i => !i.ChildProtection).Select(i => i.Name).ToList();
        if (others.Count > 0)
        {
            errors.Add(new("onBehalf.consent", $"未经本人或监护人同意代为申请仅限儿童保护案件中的儿童；{string.Join("、", others)}须取得本人或监护人同意"));
        }
        if (string.IsNullOrWhiteSpace(p.NoConsentReason))
        {
            errors.Add(new("onBehalf.noConsentReason", "未经同意代为申请须说明理由（如父母服刑或失联，无人履行监护职责）"));
        }
    }
}
