using System.Net;
using System.Text.RegularExpressions;
using Workflow.Web.Hosting.Demo;

namespace Workflow.Web.Tests.Ui;

/// <summary>A demo person signed in through the real form, and form posts to a page's named handlers.</summary>
public static partial class DemoSession
{
    public static async Task<PageSession> SignInAsync(CaseworkPagesFactory factory, string login)
    {
        var session = new PageSession(PageSession.Anonymous(factory));
        var response = await session.SubmitSignInAsync(login, CaseworkPagesFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Reads <paramref name="page"/>, then posts <paramref name="fields"/> with its anti-forgery token to the page's handler.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this PageSession session, string page, string? handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await session.HtmlAsync(page);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", PageSession.Token(html)) };
        form.AddRange(fields);
        var url = handler is null ? page : page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        return await session.Client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    /// <summary>A made-up ID number with a correct check digit, born on <paramref name="birth"/> (yyyyMMdd).</summary>
    public static string IdNumber(string birth, int serial) => DemoOrganisation.Id($"500113{birth}{serial:000}");

    /// <summary>The intake form of a 低保 + 教育救助 application for a household of two in 桂花村.</summary>
    public static List<KeyValuePair<string, string>> Intake(string name, string applicantId, string childId, string requestKey) =>
    [
        F("requestKey", requestKey),
        F("Input.Name", name),
        F("Input.IdNumber", applicantId),
        F("Input.Phone", "13812345678"),
        F("Input.BankAccount", "6222020200112233445"),
        F("Input.HukouDivisionCode", DemoOrganisation.Guihua),
        F("Input.Members[0].Name", "李小明"),
        F("Input.Members[0].Relation", "子女"),
        F("Input.Members[0].IdNumber", childId),
        F("Input.Items", "dibao"),
        F("Input.Items", "education-assistance"),
        F("Input.HasSchoolChild", "true"),
        F("Input.Consent", "true"),
    ];

    /// <summary>Accepts an application at the 界石镇 window as 王芳; answers its id.</summary>
    public static async Task<string> AcceptAsync(PageSession clerk, string name, int serial)
    {
        var response = await clerk.PostAsync("/window/intake", null,
            Intake(name, IdNumber("19700101", serial), IdNumber("20120305", serial), Guid.NewGuid().ToString("N")));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return ApplicationId().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    [GeneratedRegex("^/window/applications/([0-9a-f]+)/receipt")]
    public static partial Regex ApplicationId();
}
