using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Operations;

public sealed class LoggingTests : IClassFixture<LoggingTests.LoggingFactory>
{
    private const string Applicant = "欧阳秀珍";
    private const string IdNumber = "500113199001011234";
    private const string Phone = "13800138000";
    private const string Comment = "家中有患病老人需要照顾";

    private readonly LoggingFactory _factory;
    private readonly HttpClient _client;

    public LoggingTests(LoggingFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Commands_WithPersonalData_LogCaseAndTaskIdsButNoPersonalData()
    {
        var started = await _client.PostJsonAsync("/api/instances", new
        {
            definitionId = WebApi.Definition,
            input = new { divisionCode = TestDivisions.Village, applicantName = Applicant, idNumber = IdNumber, phone = Phone },
        }, TestActor.Administrator);
        var instance = await started.ReadJsonAsync();
        var id = (string)instance["instanceId"]!;
        var taskId = instance.OpenTaskId("入户调查");
        await _client.PostJsonAsync(WebApi.Decision(id, taskId), new { outcome = "reject", comment = Comment }, TestActor.VillageAssistant);
        await _client.PostJsonAsync(WebApi.Decision(id, taskId), new { outcome = "approve", comment = Comment }, TestActor.TownshipReviewer);

        var entries = _factory.Logs.Entries.ToList();

        Assert.Contains(entries, e => e.Values.GetValueOrDefault("CaseId") == id && e.Values.GetValueOrDefault("TaskId") == taskId
            && e.Values.GetValueOrDefault("Command") == "RecordDecision");
        Assert.Contains(entries, e => e.Values.GetValueOrDefault("scope.CaseId") == id && e.Level >= LogLevel.Information);
        foreach (var secret in new[] { Applicant, IdNumber, Phone, Comment })
        {
            Assert.DoesNotContain(entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
        }
    }

    public sealed class LoggingFactory : WorkflowWebFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace)));
        }
    }
}
