using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Engine.Messaging.Tests.Support;

namespace Workflow.Engine.Messaging.Tests.Messaging;

/// <summary><c>AddWorkflowMessaging</c> refuses to start on settings the bus could not run with.</summary>
public sealed class MessagingOptionsTests
{
    private static async Task<OptionsValidationException> StartWith(Dictionary<string, string?> settings)
    {
        var engine = new TestEngine();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var configuration = engine.Register(builder.Services, settings);
        builder.Services.AddWorkflowMessaging(configuration);
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task Start_UnknownTransport_Fails()
    {
        var failure = await StartWith(new() { ["Messaging:Transport"] = "Kafka" });

        Assert.Contains(failure.Failures, f => f.Contains("Messaging:Transport"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a uri")]
    [InlineData("http://127.0.0.1:5672/")]
    public async Task Start_RabbitMqWithoutAnAmqpHost_Fails(string? host)
    {
        var failure = await StartWith(new() { ["Messaging:Transport"] = "RabbitMQ", ["Messaging:RabbitMq:Host"] = host });

        Assert.Contains(failure.Failures, f => f.Contains("Messaging:RabbitMq:Host"));
    }

    [Fact]
    public async Task Start_BadOutboxAndRetrySettings_Fail()
    {
        var failure = await StartWith(new() { ["Messaging:Outbox:BatchSize"] = "0", ["Messaging:Retry:Limit"] = "-1" });

        Assert.Contains(failure.Failures, f => f.Contains("Messaging:Outbox"));
        Assert.Contains(failure.Failures, f => f.Contains("Messaging:Retry"));
    }

    [Fact]
    public async Task Start_RedactsThePasswordOfAnUnusableHost()
    {
        var failure = await StartWith(new() { ["Messaging:Transport"] = "RabbitMQ", ["Messaging:RabbitMq:Host"] = "ftp://user:s3cret@host/" });

        Assert.DoesNotContain(failure.Failures, f => f.Contains("s3cret"));
    }
}
