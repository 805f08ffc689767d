using System.Reflection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// The real host with the repository's definitions and demo data (accounts and cases) on a SQLite temp file, and
/// Debian's Chromium driven headless through Debian's chromedriver. Nothing is downloaded: the driver service is
/// given the chromedriver path, so Selenium Manager is never asked for a browser. Screenshots go to
/// <c>artifacts/screenshots/</c> at the repository root.
/// </summary>
public partial class BrowserFixture : IAsyncLifetime
{
    public const string DemoPassword = "Demo@2026";
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriverFolder = "/usr/bin";
    public const string ChromeDriverFile = "chromedriver";
    /// <summary>The key of the 低收入人口动态监测 platform (client <c>dbjc</c>), so a journey can post an alert to the host's HTTP twin.</summary>
    public const string AlertKey = "browser-tests-monitoring-alert-key";
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(30);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wf-browser-tests", Guid.NewGuid().ToString("N"));
    private ChromeDriverService? _service;

    public WebHostProcess Host { get; private set; } = null!;

    public ChromeDriver Driver { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.GetFullPath(Path.Combine(
        typeof(BrowserFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebHostContentRoot").Value!,
        "..", "..", "artifacts", "screenshots"));

    public async Task InitializeAsync()
    {
        foreach (var required in new[] { Chromium, Path.Combine(ChromeDriverFolder, ChromeDriverFile) })
        {
            if (!File.Exists(required))
            {
                throw new InvalidOperationException($"Expected {required} (Debian's chromium and chromium-driver), but it is missing: run scripts/services/start.sh as root, or apt-get install chromium chromium-driver.");
            }
        }
        Directory.CreateDirectory(_folder);
        var settings = HostSettings.OnSqlite(Path.Combine(_folder, "workflow.db"));
        // The repository's definitions (found above the content root) and the demo accounts and cases.
        settings["Workflow:DefinitionsPath"] = "";
        settings["Workflow:DemoData"] = "true";
        // POST /api/testing/clock moves time, so a journey can let a 7-day 公示 run out; each test class has its own host.
        settings["Workflow:Testing:AdjustableClock"] = "true";
        settings["Workflow:Inbound:Clients:dbjc:KeySha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AlertKey)));
        settings["Workflow:Inbound:Clients:dbjc:Kinds:0"] = "monitoring-alert";
        Host = await WebHostProcess.StartAsync("browser", settings);

        _service = ChromeDriverService.CreateDefaultService(ChromeDriverFolder, ChromeDriverFile);
        _service.HideCommandPromptWindow = true;
        _service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1366,1000", "--lang=zh-CN",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Emulate(options);
        Driver = new ChromeDriver(_service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fixture for another device (a phone) sets Chromium's emulation here.</summary>
    protected virtual void Emulate(ChromeOptions options)
    {
    }

    public async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        _service?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public string Url(string path) => new Uri(Host.BaseAddress, path).ToString();

    /// <summary>Signed out, on a blank page, with the browser log drained: each test starts from here.</summary>
    public void Reset()
    {
        Driver.Navigate().GoToUrl(Url("/signin"));
        Driver.Manage().Cookies.DeleteAllCookies();
        Driver.Manage().Logs.GetLog(LogType.Browser);
    }

    public void Open(string path) => Driver.Navigate().GoToUrl(Url(path));

    public void SignIn(string login, string password = DemoPassword)
    {
        Open("/signin");
        var box = Driver.FindElement(By.Id("login"));
        box.Clear();
        box.SendKeys(login);
        Driver.FindElement(By.Id("password")).SendKeys(password);
        Driver.FindElement(By.Id("signin-submit")).Click();
        Until(d => d.Url.Contains("/inbox", StringComparison.Ordinal) || d.FindElements(By.Id("signin-error")).Count > 0, $"sign-in of {login} to finish");
    }

    public IWebElement Element(By by, string what) => Until(d => d.FindElements(by).FirstOrDefault(e => e.Displayed), what)!;

    public T Until<T>(Func<IWebDriver, T> condition, string what)
    {
        var wait = new WebDriverWait(Driver, WaitTimeout) { Message = $"Waited for {what}." };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    public string Text => Driver.FindElement(By.TagName("body")).Text;

    public void Screenshot(string name) =>
        Driver.GetScreenshot().SaveAsFile(Path.Combine(ScreenshotFolder, name + ".png"));

    /// <summary>Just one element, such as the flowchart below the fold.</summary>
    public static void Screenshot(string name, IWebElement element) =>
        ((ITakesScreenshot)element).GetScreenshot().SaveAsFile(Path.Combine(ScreenshotFolder, name + ".png"));

    /// <summary>
    /// No script error on the page (the layout's collector) and no error in Chromium's console since the last check,
    /// except lines containing one of <paramref name="expected"/> (a page answered 400 or 404 on purpose logs that).
    /// </summary>
    public void AssertNoConsoleErrors(params string[] expected)
    {
        var collected = Driver.ExecuteScript("return (window.__wfErrors || []).join('\\n');") as string;
        Assert.True(string.IsNullOrEmpty(collected), $"script errors on {Driver.Url}:\n{collected}");
        var severe = Driver.Manage().Logs.GetLog(LogType.Browser)
            .Where(e => e.Level == LogLevel.Severe)
            .Where(e => !expected.Any(x => e.Message.Contains(x, StringComparison.Ordinal)))
            .Select(e => e.Message)
            .ToList();
        Assert.True(severe.Count == 0, $"console errors on {Driver.Url}:\n{string.Join("\n", severe)}");
    }
}
