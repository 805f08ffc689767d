using Microsoft.Extensions.Time.Testing;
using System.Text.Json.Nodes;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>The real executor over a given store: one "host". Several may share one database.</summary>
public sealed class EngineHost
{
    public static readonly Actor TownshipOfficer = Actor.User("li", ["民政办"], [TestDivisions.Township]);
    public static readonly Actor DistrictOfficer = Actor.User("zhang", ["区民政局"], [TestDivisions.District]);
    public static readonly Actor EducationClerk = Actor.User("zhao", departments: [TestDepartments.Education]);

    public EngineHost(IInstanceStore store, FakeTimeProvider time, IAssignmentResolver? assignments = null)
    {
        Store = store;
        Catalog.Publish(Read(TestDefinitions.Dibao));
        Catalog.Publish(Read(TestDefinitions.Notice));
        Executor = new WorkflowExecutor(Catalog, store, new EngineServices(time, assignments: assignments));
    }

    public IInstanceStore Store { get; }

    public InMemoryDefinitionCatalog Catalog { get; } = new();

    public WorkflowExecutor Executor { get; }

    public Task<ExecutionResult> Run(WorkflowCommand command) => Executor.ExecuteAsync(command).AsTask();

    public async Task<IInstanceView> StartAsync(string instanceId, string definitionId = "dibao-mini", string village = TestDivisions.Village)
    {
        var result = await Run(new StartInstance(instanceId, definitionId, null, new JsonObject { ["divisionCode"] = village }));
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        return result.Instance!;
    }

    public static TaskState OpenTask(IInstanceView view) => view.Tasks.Values.Single(t => t.Status == TaskLifecycle.Open);

    public async Task<IInstanceView> ApproveAsync(string instanceId, Actor actor, string? requestKey = null)
    {
        var view = (await Store.LoadAsync(instanceId, default))!;
        var result = await Run(new RecordDecision(instanceId, OpenTask(view).TaskId, actor, "approve", null) { RequestKey = requestKey });
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        return result.Instance!;
    }

    public async Task<IInstanceView> ReplyAsync(string instanceId)
    {
        var view = (await Store.LoadAsync(instanceId, default))!;
        var result = await Run(new RecordDepartmentReply(instanceId, OpenTask(view).TaskId, TestDepartments.Education, EducationClerk, "approve", "无教育救助记录"));
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        return result.Instance!;
    }

    private static Definitions.WorkflowDefinition Read(string json)
    {
        var result = DefinitionReader.Read(json);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Definition!;
    }
}
