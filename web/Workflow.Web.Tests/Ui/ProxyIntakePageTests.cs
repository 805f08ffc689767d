using System.Net;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>代为申请 at the window: the intake form's proxy fields, their errors, and the application page showing them.</summary>
public sealed class ProxyIntakePageTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    private static List<KeyValuePair<string, string>> Proxied(int serial, string consent, string? note) =>
    [
        .. Intake("周桂芳", IdNumber("19450101", serial), IdNumber("20120305", serial), Guid.NewGuid().ToString("N")),
        F("Input.ProxyName", "李娜"),
        F("Input.ProxyPost", "村协理员"),
        F("Input.ProxyConsent", consent),
        F("Input.ProxyConsentNote", note ?? ""),
    ];

    [Fact]
    public async Task Intake_ProxyWithConsent_IsShownOnTheApplicationPage()
    {
        // Given
        var clerk = await SignInAsync(factory, "wangfang");
        Assert.Contains("代为申请人姓名", await clerk.HtmlAsync("/window/intake"), StringComparison.Ordinal);

        // When
        var response = await clerk.PostAsync("/window/intake", null, Proxied(301, "person", "本人同意，入户时签字确认"));

        // Then
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = ApplicationId().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
        var page = await clerk.HtmlAsync($"/window/applications/{id}");
        Assert.Contains("李娜（村协理员）代为申请；本人同意：本人同意，入户时签字确认", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_ProxyConsentWithoutNote_ShowsTheErrorBesideTheField()
    {
        // Given
        var clerk = await SignInAsync(factory, "wangfang");

        // When
        var response = await clerk.PostAsync("/window/intake", null, Proxied(302, "guardian", null));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("监护人同意须记录如何取得同意", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
