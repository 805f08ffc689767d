using OpenQA.Selenium;
using Xunit.Abstractions;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Issue 12's acceptance walk: each demo role opens every page it can reach, and each page is screenshotted
/// (<c>walk-&lt;user&gt;-&lt;page&gt;</c>) and checked for console errors, accessibility (axe-core, WCAG 2 A/AA) and
/// readability (no English type name or raw code). A new page is one line in <see cref="Pages"/>. The walk only reads:
/// it changes no case, so it runs on the demo data as seeded.
/// </summary>
public sealed class PageWalkTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// <summary>A page to open: a fixed path, or a path found on another page (the first row of a list).</summary>
    /// <param name="ReadableAfter">
    /// The helper of issue 12 whose rewrite of this page brings names instead of codes; until it is merged the page's
    /// readability is reported in the output but does not fail the walk. Remove the marker when that rewrite is in.
    /// </param>
    public sealed record WalkPage(string Name, string Path, By? FirstLink = null, string? ReadableAfter = null, params string[] Allowed)
    {
        /// <summary>
        /// The page's markup is a third party's (Scalar's API reference at /api-docs/, for developers): axe's findings on
        /// Scalar's own markup are not ours to fix, and the page shows the API's own names (InstancesApi, instanceId)
        /// on purpose, so it is left out of the accessibility and readability checks; console errors still fail it.
        /// </summary>
        public bool ThirdPartyMarkup { get; init; }

        /// <summary>What shows the page is there: the layout's main, or the third party's own root.</summary>
        public By Ready { get; init; } = By.Id("main");
    }

    private static readonly WalkPage Inbox = new("inbox", "/inbox");
    private static readonly WalkPage Cases = new("cases", "/");
    private static readonly WalkPage Task = new("task", "/inbox", By.CssSelector("#inbox-todo tbody tr a"));
    private static readonly WalkPage Case = new("case", "/", By.CssSelector("#cases tbody tr a"));
    private static readonly WalkPage Applications = new("applications", "/window/applications");
    private static readonly WalkPage Application = new("application", "/window/applications", By.CssSelector("#applications tbody tr a"));
    private static readonly WalkPage Password = new("password", "/account/password");
    private static readonly WalkPage Payroll = new("payroll", "/ledger/payroll");
    private static readonly WalkPage Supervision = new("supervision", "/officer/supervision");
    private static readonly WalkPage Messages = new("messages", "/messages");
    private static readonly WalkPage Deputy = new("deputy", "/account/deputy");

    /// <summary>Who walks which pages: every page a role's menu offers, and the case and task behind its lists.</summary>
    public static readonly IReadOnlyDictionary<string, WalkPage[]> Pages = new Dictionary<string, WalkPage[]>
    {
        ["wangfang"] = [Inbox, Task, Cases, Case, new("intake", "/window/intake"), Applications, Application, Payroll, Password],
        ["lina"] = [Inbox, Task, Cases, Case, Applications],
        ["zhangwei"] = [Inbox, Task, Cases, Case, Applications, Payroll, Supervision, Messages, Deputy, new("phrases", "/phrases")],
        ["yangfan"] = [Inbox, Cases, Messages, Deputy],
        ["liuqiang"] = [Inbox, Cases, Case, Applications, Payroll, Supervision, new("countersign-case", "/cases/demo-temporary-expense-001")],
        ["zhoujie"] = [Inbox, Cases, Applications],
        ["huangmin"] = [Inbox, Task, Cases, Case, Applications],
        ["dudao"] = [Inbox, Cases, Supervision],
        ["chenjing"] = [Inbox, Task, Cases, Applications],
        ["admin"] =
        [
            Inbox, Cases, Case,
            new("definitions", "/definitions"),
            new("dashboard", "/admin/dashboard"),
            new("admin-definitions", "/admin/definitions"),
            new("designer", "/admin/definitions/dibao/designer"),
            new("organisation", "/admin/organisation"),
            new("routing", "/admin/routing"),
            new("calendar", "/admin/calendar"),
            new("inbound", "/admin/inbound"),
            new("admin-phrases", "/admin/phrases?division=500113102000"),
            new("api-docs", "/api-docs/") { ThirdPartyMarkup = true, Ready = By.Id("app") },
        ],
    };

    public static TheoryData<string> Users => new(Pages.Keys);

    [Theory]
    [MemberData(nameof(Users))]
    public void EveryPage_OfTheRole_IsAccessibleReadableAndQuiet(string user)
    {
        browser.Reset();
        browser.SignIn(user);
        var failures = new List<string>();
        var pending = new List<string>();

        foreach (var page in Pages[user])
        {
            Check(failures, user, page, () =>
            {
                Open(page);
                browser.Screenshot($"walk-{user}-{page.Name}");
                browser.AssertNoConsoleErrors();
            });
            if (!page.ThirdPartyMarkup)
            {
                Check(failures, user, page, browser.AssertAccessible);
                Check(page.ReadableAfter is null ? failures : pending, user, page, () => browser.AssertReadable(page.Allowed));
            }
        }

        output.WriteLine(pending.Count == 0 ? "no pending readability findings" : "pending (another helper's rewrite):\n" + string.Join("\n\n", pending));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Runs one check and keeps its failure, so one run lists everything wrong on every page of the role.</summary>
    private static void Check(List<string> failures, string user, WalkPage page, Action check)
    {
        try
        {
            check();
        }
        catch (Exception e) when (e is Xunit.Sdk.XunitException or WebDriverException)
        {
            failures.Add($"[{user} {page.Name}] {e.Message}");
        }
    }

    private void Open(WalkPage page)
    {
        browser.Open(page.Path);
        browser.Element(page.Ready, $"the {page.Name} page");
        if (page.FirstLink is { } link)
        {
            var first = browser.Element(link, $"a row on {page.Path} to open the {page.Name} page");
            browser.Open(new Uri(first.GetAttribute("href")!).PathAndQuery);
            browser.Element(By.Id("main"), $"the {page.Name} page");
        }
    }
}
