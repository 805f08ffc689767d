using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Admin;

/// <summary>The district administrator signed in on the pages, posting JSON to page handlers as the designer script does.</summary>
internal sealed class AdminSession(PageSession session)
{
    public PageSession Pages => session;

    public static async Task<AdminSession> SignInAsync(WorkflowWebFactory factory) =>
        new(await PageSession.SignInAsync(factory, TestActor.Administrator, "区管理员"));

    /// <summary>The demo administrator (赵敏, login <c>admin</c>) on a host with demo data, which seeds that account.</summary>
    public static async Task<AdminSession> SignInDemoAsync(WorkflowWebFactory factory)
    {
        var session = new PageSession(PageSession.Anonymous(factory));
        var response = await session.SubmitSignInAsync("admin", DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new(session);
    }

    private const string DemoPassword = "Demo@2026";

    /// <summary>Posts <paramref name="body"/> to a handler of <paramref name="page"/> with the page's anti-forgery token in the header.</summary>
    public async Task<(HttpStatusCode Status, JsonNode Body)> PostJsonAsync(string page, string handler, string body)
    {
        var token = PageSession.Token(await session.HtmlAsync(page));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{page}?handler={handler}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await session.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!);
    }
}
