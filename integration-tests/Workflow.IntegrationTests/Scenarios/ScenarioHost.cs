using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// The real host on a fresh PostgreSQL database and RabbitMQ virtual host, with the shipped definitions, the demo
/// organisation and routing rules (no sample cases), and the adjustable clock, so a scenario can let a 7-day 公示 run
/// out without waiting.
/// </summary>
public sealed class ScenarioHost : ServersFixture
{
    protected override int HostCount => 1;

    protected override void Configure(Dictionary<string, string> settings)
    {
        settings["Workflow:DefinitionsPath"] = "";
        settings["Workflow:Casework:SeedDemoOrganisation"] = "true";
        settings["Workflow:Testing:AdjustableClock"] = "true";
        settings["Workflow:Casework:CheckPollInterval"] = "00:00:00.200";
        // The daily 高龄津贴 run follows the adjustable clock when it is moved days ahead at once.
        settings["Workflow:Casework:Ledger:OldAgeRunCheckInterval"] = "00:00:00.200";
    }

    /// <summary>The systems around the host on its virtual host; dispose it at the end of the test.</summary>
    public Task<OutsideSystems> OutsideSystemsAsync() => OutsideSystems.StartAsync(VirtualHost);

    public CaseworkApi Api() => new(Hosts[0].CreateClient(), () => Output);
}
