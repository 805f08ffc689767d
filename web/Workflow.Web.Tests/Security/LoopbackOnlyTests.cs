using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Workflow.Web.Security;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>The testing switches (header identity, the adjustable clock) run only on a host that listens on loopback alone.</summary>
public sealed class LoopbackOnlyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://10.0.0.5:5080", false)]
    [InlineData("http://127.0.0.1:5080;https://example.gov.cn", false)]
    public void TestingSwitch_OnlyWithLoopbackUrls(string urls, bool starts)
    {
        var configuration = Configuration(new() { [HeaderIdentity.Setting] = "true", ["urls"] = urls });

        var refused = Record.Exception(() => LoopbackOnly.EnsureForTestingSwitches(configuration));

        Assert.Equal(starts, refused is null);
    }

    [Fact]
    public void NoTestingSwitch_AnyAddressIsFine() =>
        LoopbackOnly.EnsureForTestingSwitches(Configuration(new() { ["urls"] = "http://0.0.0.0:5080" }));

    [Theory]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Web:Url", "http://0.0.0.0:8080")]
    public void TestingSwitch_WithPortsOrKestrelEndpointsBeyondLoopback_IsRefused(string key, string value)
    {
        var configuration = Configuration(new() { [LoopbackOnly.AdjustableClockSetting] = "true", [key] = value });

        var refused = Assert.Throws<InvalidOperationException>(() => LoopbackOnly.EnsureForTestingSwitches(configuration));

        Assert.Contains("测试开关", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WithHeaderIdentityOnAllInterfaces_RefusesToStart()
    {
        using var factory = new WideOpen();

        var refused = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("测试开关", refused.ToString(), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private sealed class WideOpen : WorkflowWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("urls", "http://0.0.0.0:5080");
        }
    }
}
