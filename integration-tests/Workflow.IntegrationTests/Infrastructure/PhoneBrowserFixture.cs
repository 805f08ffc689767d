using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Chromium;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// The browser fixture as a phone: Chromium's mobile emulation at 390×844 (a common handset), touch and a mobile user
/// agent, for the village 协理员's and 儿童主任's pages (issue 12).
/// </summary>
public sealed class PhoneBrowserFixture : BrowserFixture
{
    public const int Width = 390;
    public const int Height = 844;

    protected override void Emulate(ChromeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnableMobileEmulation(new ChromiumMobileEmulationDeviceSettings
        {
            Width = Width,
            Height = Height,
            PixelRatio = 3,
            EnableTouchEvents = true,
            UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
        });
    }
}
