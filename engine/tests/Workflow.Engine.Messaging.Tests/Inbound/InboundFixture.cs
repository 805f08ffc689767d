using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Inbound;
using Workflow.Engine.Messaging.Tests.Support;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Schema;

namespace Workflow.Engine.Messaging.Tests.Inbound;

/// <summary>
/// The inbound side of a host: the test engine (in-memory ports, fake time) with test definitions under the ids the
/// routes name, the inbound services over a migrated SQLite file, a fake ledger, and the routes of 巴南区 (500113).
/// </summary>
public sealed class InboundFixture : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"wf-inbound-{Guid.NewGuid():N}.db");

    public InboundFixture()
    {
        Database = new WorkflowDatabase(new PersistenceOptions().UseSqlite($"Data Source={_file}"));
        Messages = new InboundMessageStore(Database);
        Casework = new CaseworkStore(Database);
        foreach (var id in new[] { "child-protection", "alert-verification", "funeral-relief" })
        {
            Engine.Publish(Definition(id));
        }
        Directory.Use(new RoutingRuleSet([], null, Routes), 1);
    }

    public static IReadOnlyList<InboundRoute> Routes { get; } =
    [
        new(InboundKinds.HotlineTicket, TestDivisions.District, "child-protection"),
        new(InboundKinds.MonitoringAlert, TestDivisions.District, "alert-verification"),
        new(InboundKinds.PersonDied, TestDivisions.District, "funeral-relief"),
        new(InboundKinds.PersonMoved, TestDivisions.District, null),
        new(InboundKinds.PopulationRecord, TestDivisions.District, null),
    ];

    public TestEngine Engine { get; } = new();

    public WorkflowDatabase Database { get; }

    public InboundMessageStore Messages { get; }

    public CaseworkStore Casework { get; }

    public CaseworkDirectory Directory { get; } = new();

    public FakeLifeEvents LifeEvents { get; } = new();

    /// <summary>A definition that records a ticket's outcome and satisfaction, then waits on one township task.</summary>
    public static string Definition(string id) => TestDefinitions.Flowchart(
        $$"""
        {{TestDefinitions.Activity("s", "Elsa.Start")}},
        {{TestDefinitions.Activity("outcome", "Elsa.SetVariable", """ "variable": { "id": "v1", "name": "ticketOutcome" }, """ + TestDefinitions.Script("value", "'已上门核实并临时监护'"))}},
        {{TestDefinitions.Activity("call", "Elsa.SetVariable", """ "variable": { "id": "v2", "name": "satisfaction" }, """ + TestDefinitions.Script("value", "'满意'"))}},
        {{TestDefinitions.Activity("task", "Gov.ApprovalTask", TestDefinitions.Literal("title", "核实") + "," + TestDefinitions.Object("candidate", """{"post":"民政办","level":"township"}"""))}},
        {{TestDefinitions.Activity("done", "Elsa.WriteLine", TestDefinitions.Literal("text", "办结"))}}
        """,
        $"""
        {TestDefinitions.Connect("s", "outcome")}, {TestDefinitions.Connect("outcome", "call")}, {TestDefinitions.Connect("call", "task")},
        {TestDefinitions.Connect("task", "done", "approve")}
        """,
        """[ { "id": "v1", "name": "ticketOutcome", "typeName": "String", "value": "" }, { "id": "v2", "name": "satisfaction", "typeName": "String", "value": "" } ]""",
        id);

    public async Task<HarnessHost> StartAsync()
    {
        await new SchemaMigrator(Database).MigrateAsync();
        return await HarnessHost.StartAsync(Engine, configure: x => x.AddInboundConsumers(), register: Register);
    }

    /// <summary>What a host registers besides the engine: the store, the directory, the read side, the ledger, the services.</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(Messages);
        services.AddSingleton(Casework);
        services.AddSingleton(Directory);
        services.AddSingleton<CaseReader>();
        services.AddSingleton<ILifeEvents>(LifeEvents);
        services.AddInbound();
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in System.IO.Directory.GetFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + "*"))
        {
            File.Delete(f);
        }
        await Task.CompletedTask;
    }
}
