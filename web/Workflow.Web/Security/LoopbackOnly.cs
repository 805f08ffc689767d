using System.Net;

namespace Workflow.Web.Security;

/// <summary>
/// Testing switches (<see cref="HeaderIdentity.Setting"/>, the adjustable clock) make anyone anybody, or move time, and
/// demo mode publishes its passwords. A host that has one on and listens on anything but this machine's loopback
/// addresses refuses to start.
/// </summary>
public static class LoopbackOnly
{
    public const string AdjustableClockSetting = "Workflow:Testing:AdjustableClock";

    /// <summary>Demo mode serves accounts with a published password: like a testing switch, never beyond this machine.</summary>
    public const string DemoDataSetting = "Workflow:DemoData";

    /// <summary>Throws when a testing switch is on and an address the host was given is not loopback.</summary>
    public static void EnsureForTestingSwitches(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var switches = new[] { HeaderIdentity.Setting, AdjustableClockSetting, DemoDataSetting }.Where(configuration.GetValue<bool>).ToList();
        if (switches.Count == 0)
        {
            return;
        }
        var wide = WideAddresses(configuration).ToList();
        if (wide.Count > 0)
        {
            throw new InvalidOperationException(
                $"测试开关 {string.Join("、", switches)} 只能在仅监听本机回环地址时使用，但主机还监听 {string.Join("、", wide)}。"
                + $" Testing switches {string.Join(", ", switches)} need a host that listens on loopback only, but it listens on {string.Join(", ", wide)}.");
        }
    }

    private static IEnumerable<string> WideAddresses(IConfiguration configuration)
    {
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            if (configuration[key] is { Length: > 0 } ports)
            {
                yield return $"{key}={ports}";
            }
        }
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        foreach (var url in urls.Where(u => !IsLoopback(u)))
        {
            yield return url;
        }
    }

    private static bool IsLoopback(string url)
    {
        // Kestrel takes "*", "+" and "0.0.0.0" as every interface; Uri cannot parse the first two.
        if (!Uri.TryCreate(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
