using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Outside demo mode a fresh deployment has no account with a known password: the first administrator is made at
/// <c>/setup</c> with the one-time token printed at start, once. Failed sign-ins never log the name typed.
/// </summary>
public sealed class FirstStartTests(FirstStartTests.FreshHost factory) : IClassFixture<FirstStartTests.FreshHost>
{
    private const string Password = "Admin#Setup-2026";

    [Fact]
    public async Task Setup_WithThePrintedToken_CreatesTheFirstAdministratorOnce()
    {
        var token = factory.Logs.Entries.Select(e => e.Values.GetValueOrDefault("Token")).Single(t => t is not null)!;
        var visitor = new PageSession(PageSession.Anonymous(factory));

        var wrong = await visitor.SubmitAsync("/setup", Form("not-the-token"));
        var created = await visitor.SubmitAsync("/setup", Form(token));
        var again = await PageSession.Anonymous(factory).GetAsync("/setup");
        var chief = new PageSession(PageSession.Anonymous(factory));
        var signedIn = await chief.SubmitSignInAsync("chief", Password);

        Assert.Contains("一次性令牌不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/inbox", signedIn.Headers.Location!.OriginalString);
        // The first administrator administers: the organisation editor opens for them.
        Assert.Contains("组织机构", await chief.HtmlAsync("/admin/organisation"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedSignIn_LogsAFingerprint_NeverTheNameTyped()
    {
        var session = new PageSession(PageSession.Anonymous(factory));

        await session.SubmitSignInAsync("zhang.sanfeng.probe", "wrong-password");

        var entries = factory.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Values.ContainsKey("LoginFingerprint"));
        Assert.DoesNotContain(entries, e => e.AllText.Contains("zhang.sanfeng.probe", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.AllText.Contains("wrong-password", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Form(string token) => new()
    {
        ["Token"] = token,
        ["LoginName"] = "chief",
        ["DisplayName"] = "系统管理员 李明",
        ["Password"] = Password,
        ["Confirm"] = Password,
    };

    /// <summary>No demo data, no organisation, no account: a deployment's first start.</summary>
    public sealed class FreshHost : WorkflowWebFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override Dictionary<string, string?> Settings => new()
        {
            ["Workflow:DefinitionsPath"] = TestDefinitions,
            ["Workflow:DemoData"] = "false",
            ["Workflow:Testing:HeaderIdentity"] = "false",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Information)));
        }
    }
}
