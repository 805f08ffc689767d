using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The phone layout (issue 12) in Chromium's mobile emulation: the village 协理员 opens her inbox, the 入户调查 task of
/// the demo window application, takes a photo (uploaded as a visit-photo attachment) and decides; no page scrolls
/// sideways, and each passes the accessibility and readability checks. The 儿童主任 does the same on a 12345 case, which
/// has no application: the case keeps the photo itself.
/// </summary>
public sealed class PhoneLayoutTests(PhoneBrowserFixture phone) : IClassFixture<PhoneBrowserFixture>
{
    /// <summary>A 1×1 PNG: what the phone's camera hands the file input, as far as the server's type check goes.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>The sub-case of the demo window application (一门受理), whose photos have an application to live on.</summary>
    private const string ApplicationCase = "#inbox-todo tr[data-instance$='-dibao']:not([data-instance^='demo-']) a";

    [Fact]
    public void VillageAssistant_OnAPhone_VisitsWithAPhotoAndDecides()
    {
        // The window accepts the demo application's 低保 step, so the visit is the village assistant's.
        phone.Reset();
        phone.SignIn("wangfang");
        var instance = OpenTask(ApplicationCase);
        Decide("材料齐全，予以受理。");

        phone.Reset();
        phone.SignIn("lina");
        phone.Open("/inbox");
        phone.Element(By.CssSelector($"#inbox-todo tr[data-instance='{instance}']"), "the visit in lina's inbox");
        // The inbox's division column becomes a name with the "lists" helper's rewrite (issue 12); until then its
        // readability is left to PageWalkTests' pending list.
        Check("82-phone-inbox", readable: false);

        OpenTask($"#inbox-todo tr[data-instance='{instance}'] a");
        var input = phone.Element(By.Id("visit-photo"), "the 入户照片 form");
        Assert.Equal("environment", input.GetAttribute("capture"));
        Assert.Equal("image/*", input.GetAttribute("accept"));
        Check("83-phone-visit");
        Upload(input);
        Check("84-phone-photo-added");

        Decide("入户核实：家中两人，情况属实。");
        Check("85-phone-decided");
    }

    [Fact]
    public void ChildDirector_OnAPhone_AddsAVisitPhotoToATicketCaseWithoutAnApplication()
    {
        // The county 未保中心 opens the demo 12345 case, so the 入户查看 is the village 儿童主任's.
        phone.Reset();
        phone.SignIn("huangmin");
        var instance = OpenTask("#inbox-todo tr[data-instance='demo-child-protection-001'] a");
        Decide("立案，请儿童主任立即入户查看。", "opened");

        phone.Reset();
        phone.SignIn("zhoujie");
        OpenTask($"#inbox-todo tr[data-instance='{instance}'] a");
        var input = phone.Element(By.Id("visit-photo"), "the 入户照片 form on a case without an application");
        Assert.Equal("environment", input.GetAttribute("capture"));
        Upload(input);

        // The evidence shows it, and the browser opens it inline from the case's own attachments.
        var image = phone.Element(By.CssSelector("#evidence-photos img"), "the photo in the evidence");
        Assert.Contains($"/api/instances/{instance}/attachments/", image.GetAttribute("src"), StringComparison.Ordinal);
        phone.Until(_ => Convert.ToInt64(phone.Driver.ExecuteScript("return arguments[0].naturalWidth;", image), System.Globalization.CultureInfo.InvariantCulture) > 0,
            "the photo to load");
        phone.Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", image);
        Check("89-phone-case-photo");
    }

    /// <summary>Opens the task the selector's inbox row links to; returns its case's instance id.</summary>
    private string OpenTask(string rowLink)
    {
        phone.Open("/inbox");
        var link = phone.Element(By.CssSelector(rowLink), $"the inbox row {rowLink}");
        var path = new Uri(link.GetAttribute("href")!).AbsolutePath;
        phone.Open(path);
        phone.Element(By.Id("decision-form"), "the decision form");
        return Uri.UnescapeDataString(path.Split('/')[2]);
    }

    private void Decide(string comment, string outcome = "approve")
    {
        phone.Driver.FindElement(By.Id("comment")).SendKeys(comment);
        var approve = phone.Driver.FindElement(By.Id("outcome-" + outcome));
        phone.Driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", approve);
        approve.Click();
        phone.Element(By.Id("task-closed"), "the task to show as done");
    }

    private void Check(string screenshot, bool readable = true)
    {
        phone.Screenshot(screenshot);
        phone.AssertNoConsoleErrors();
        phone.AssertNoHorizontalOverflow();
        phone.AssertAccessible();
        if (readable)
        {
            phone.AssertReadable();
        }
    }

    /// <summary>Takes the photo (a file chosen for the camera input) and waits for the page to say it was kept.</summary>
    private void Upload(IWebElement input)
    {
        var file = Path.Combine(Path.GetTempPath(), $"visit-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(file, Photo);
        try
        {
            input.SendKeys(file);
            phone.Driver.FindElement(By.Id("visit-photo-upload")).Click();
            phone.Until(d => d.FindElement(By.TagName("body")).Text.Contains("照片已上传", StringComparison.Ordinal), "the photo to be kept");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
