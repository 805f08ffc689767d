using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// The page checks of issue 12's acceptance: accessibility by axe-core (WCAG 2 A/AA) and readability (no English type
/// name, identifier or raw division code in the visible text).
/// </summary>
public partial class BrowserFixture
{
    /// <summary>The axe-core rule tags run: WCAG 2.0 and 2.1, levels A and AA (labels, names, focus order, contrast).</summary>
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(WebContentRoot, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"Expected axe-core at {path} (a devDependency of web/Workflow.Web), but it is missing: run npm ci in web/Workflow.Web.");
    });

    /// <summary>What visible text must not show, each with the reason given when it does.</summary>
    private static readonly (Regex Pattern, string Why)[] Unreadable =
    [
        (new Regex(@"\b(?:Elsa|Gov)\.[A-Za-z]+", RegexOptions.CultureInvariant), "an activity type name"),
        (new Regex(@"\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\b", RegexOptions.CultureInvariant), "a PascalCase type name"),
        (new Regex(@"\b[a-z]+(?:[A-Z][a-z0-9]*)+\b", RegexOptions.CultureInvariant), "a camelCase key"),
        (new Regex(@"(?<![0-9A-Za-z*])\d{12}(?![0-9A-Za-z*])", RegexOptions.CultureInvariant), "a raw 12-digit division code"),
    ];

    /// <summary>
    /// The visible text nodes of the page, each with its element's path. Text in code, pre, kbd, samp, textarea and
    /// anything marked <c>data-raw</c> (where a code is the point, e.g. a definition's JSON) is left out, and so is
    /// everything in attributes (a division's code on hover is allowed).
    /// </summary>
    private const string VisibleTextScript = """
        const skip = 'script,style,noscript,template,code,pre,kbd,samp,textarea,[data-raw]';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const out = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.nodeValue.trim();
            const parent = node.parentElement;
            if (!text || !parent || parent.closest(skip)) { continue; }
            if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) { continue; }
            const id = parent.closest('[id]');
            out.push((id ? '#' + id.id + ' ' : '') + parent.tagName.toLowerCase() + '\u0001' + text);
        }
        return JSON.stringify(out);
        """;

    /// <summary>web/Workflow.Web, where npm put axe-core (the same root the screenshots folder is found from).</summary>
    private static string WebContentRoot => typeof(BrowserFixture).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebHostContentRoot").Value!;

    /// <summary>
    /// Runs axe-core on the current page with the WCAG 2 A/AA rules and fails listing each violation (rule, help and
    /// the elements it found). axe is injected by the driver, never served by the host.
    /// </summary>
    public void AssertAccessible()
    {
        var hasAxe = Driver.ExecuteScript("return typeof window.axe !== 'undefined';") is true;
        if (!hasAxe)
        {
            Driver.ExecuteScript(AxeSource.Value);
        }
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var json = Driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: JSON.parse(arguments[0]) }, resultTypes: ['violations'] })
                .then(r => done(JSON.stringify(r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : ''))
                })))))
                .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }])));
            """, JsonSerializer.Serialize(AxeTags)) as string ?? "[]";
        var violations = JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonSerializerOptions.Web) ?? [];
        Assert.True(violations.Count == 0, $"accessibility violations on {Driver.Url}:\n" + string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Targets.Take(8)))));
    }

    /// <summary>
    /// Fails when the visible text shows an English type name (<c>Elsa.…</c>, <c>Gov.…</c>, <c>TaskTransferred</c>), a
    /// camelCase key (<c>definitionId</c>) or a raw 12-digit division code. <paramref name="allowed"/> lists words a page
    /// may show on purpose (e.g. a definition id on the administrator's definitions page).
    /// </summary>
    public void AssertReadable(params string[] allowed)
    {
        var nodes = JsonSerializer.Deserialize<List<string>>(Driver.ExecuteScript(VisibleTextScript) as string ?? "[]") ?? [];
        var found = new List<string>();
        foreach (var node in nodes)
        {
            var (where, text) = (node[..node.IndexOf('\u0001', StringComparison.Ordinal)], node[(node.IndexOf('\u0001', StringComparison.Ordinal) + 1)..]);
            foreach (var (pattern, why) in Unreadable)
            {
                foreach (Match m in pattern.Matches(text))
                {
                    if (!allowed.Any(a => a.Equals(m.Value, StringComparison.Ordinal)))
                    {
                        found.Add($"- {why} '{m.Value}' in {where}: \"{(text.Length > 120 ? text[..120] + "…" : text)}\"");
                    }
                }
            }
        }
        Assert.True(found.Count == 0, $"unreadable text on {Driver.Url}:\n" + string.Join("\n", found.Distinct()));
    }

    /// <summary>The page does not scroll sideways: what a phone user would have to pan to read.</summary>
    public void AssertNoHorizontalOverflow()
    {
        var widths = Driver.ExecuteScript("return [document.scrollingElement.scrollWidth, window.innerWidth];") as IReadOnlyCollection<object>;
        var (scroll, inner) = (Convert.ToInt64(widths!.First(), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt64(widths!.Last(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(scroll <= inner, $"the page on {Driver.Url} is {scroll}px wide in a {inner}px window: it scrolls sideways");
    }

    private sealed record AxeViolation(string Id, string? Impact, string Help, List<string> Targets);
}
