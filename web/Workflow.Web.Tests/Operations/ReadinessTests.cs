using System.Net;
using Microsoft.AspNetCore.Hosting;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Operations;

public sealed class ReadinessTests(ReadinessTests.BrokerDownFactory factory) : IClassFixture<ReadinessTests.BrokerDownFactory>
{
    [Fact]
    public async Task Ready_BrokerUnreachable_Returns503NamingTheBusWhileLiveStays200()
    {
        using var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var checks = (await ready.ReadJsonAsync())["checks"]!;
        Assert.Equal("Unhealthy", (string?)checks["masstransit-bus"]!["status"]);
        Assert.Equal("Healthy", (string?)checks["database"]!["status"]);
    }

    /// <summary>RabbitMQ configured on loopback port 1, where nothing listens: a broker that is down.</summary>
    public sealed class BrokerDownFactory : WorkflowWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // UseSetting, not app configuration: the transport is chosen while services are registered.
            builder.UseSetting("Messaging:Transport", "RabbitMQ");
            builder.UseSetting("Messaging:RabbitMq:Host", "amqp://guest:guest@127.0.0.1:1/");
        }
    }
}
