using System.Net;
using Workflow.Web.Hosting.Demo;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Accounts;

/// <summary>With demo data on, every demo person signs in with their user id and the demo password.</summary>
public sealed class DemoAccountsTests(RepositoryDefinitionsFactory factory) : IClassFixture<RepositoryDefinitionsFactory>
{
    public static TheoryData<string> Logins()
    {
        var data = new TheoryData<string>();
        foreach (var account in DemoData.Accounts)
        {
            data.Add(account.UserId);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task DemoAccount_SignsInWithTheDemoPassword_AndSeesTheirNameAndRole(string login)
    {
        var demo = DemoData.Accounts.Single(a => a.UserId == login);
        var session = new PageSession(PageSession.Anonymous(factory));

        var response = await session.SubmitSignInAsync(login, "Demo@2026");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var inbox = await session.HtmlAsync("/inbox");
        Assert.Contains($"<span class=\"user\" id=\"current-user\">{demo.DisplayName}</span>", inbox, StringComparison.Ordinal);
        Assert.Contains(demo.Role, inbox, StringComparison.Ordinal);
    }
}
