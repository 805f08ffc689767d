namespace Workflow.Casework.Application.Views;

/// <summary>代为申请 on the application page: who applied, in which post, and whose consent (<see cref="ConsentName"/> in words).</summary>
public sealed record OnBehalfView(string Name, string Post, string Consent, string ConsentName, string? ConsentNote, string? NoConsentReason)
{
    public static OnBehalfView? From(Requests.OnBehalfBody? body) => body is null
        ? null
        : new(body.Name ?? "", body.Post ?? "", body.Consent ?? "", ProxyConsent.NameOf(body.Consent), FreeTextMask.Mask(body.ConsentNote), FreeTextMask.Mask(body.NoConsentReason));
}
