using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;

namespace Workflow.Casework.Tests;

/// <summary>
/// The casework types plugged into the real engine: routing rules shape a dibao-style chain (both configurations),
/// the directory picks candidates with 回避, and the plan's input starts the instance.
/// </summary>
public sealed class EngineWiringTests
{
    // Same shape as dibao.v1.json: a review chain (village → township) then a confirmation chain (district).
    private const string Definition = """
        {
          "id": "chain-test-v1", "definitionId": "chain-test", "name": "测试", "version": 1, "variables": [],
          "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "s", "type": "Elsa.Start", "version": 1 },
              { "id": "review", "type": "Gov.ApprovalChain", "version": 1,
                "serviceItem": { "typeName": "String", "expression": { "type": "Literal", "value": "dibao" } },
                "levels": { "typeName": "Object", "expression": { "type": "Object", "value": "[{\"level\":\"village\",\"post\":\"村协理员\",\"title\":\"入户调查\",\"timeLimit\":7},{\"level\":\"township\",\"post\":\"民政办\",\"title\":\"乡镇审核\",\"timeLimit\":5}]" } } },
              { "id": "confirm", "type": "Gov.ApprovalChain", "version": 1,
                "serviceItem": { "typeName": "String", "expression": { "type": "Literal", "value": "dibao" } },
                "levels": { "typeName": "Object", "expression": { "type": "Object", "value": "[{\"level\":\"district\",\"post\":\"区民政局\",\"title\":\"审核确认\",\"timeLimit\":10}]" } } },
              { "id": "ok", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "批准" } } }
            ],
            "connections": [
              { "source": { "activity": "s", "port": "Done" }, "target": { "activity": "review", "port": "In" } },
              { "source": { "activity": "review", "port": "approve" }, "target": { "activity": "confirm", "port": "In" } },
              { "source": { "activity": "confirm", "port": "approve" }, "target": { "activity": "ok", "port": "In" } }
            ] }
        }
        """;

    [Theory]
    [InlineData(false, new[] { "village:500113102001:lina", "township:500113102000:zhangwei", "district:500113000000:liuqiang" })]
    [InlineData(true, new[] { "village:500113102001:lina", "township:500113102000:zhangwei" })]
    public async Task BothConfigurations_WithOrganisationCandidates_Run(bool townshipDecides, string[] expected)
    {
        var organisation = TestOrganisation.Build();
        var rules = new RoutingRuleSet([StandardRoutingRules.Dibao(TestOrganisation.District, townshipDecides)], ServiceCatalogue.Builtin);
        var catalog = new InMemoryDefinitionCatalog();
        var read = DefinitionReader.Read(Definition);
        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        catalog.Publish(read.Definition!);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        var executor = new WorkflowExecutor(catalog, new InMemoryInstanceStore(), new EngineServices(time, routing: rules, assignments: new OrganisationDirectory(organisation)));

        var plan = NeedsAssessment.Plan(TestForms.Scenario1(), ServiceCatalogue.Builtin, rules, organisation);
        var dibao = plan.SubCases.Single(s => s.ServiceItem == "dibao");
        var started = await executor.ExecuteAsync(new StartInstance("case-1", "chain-test", null, dibao.CreateInput()));
        Assert.True(started.Rejection is null, started.Rejection?.ToString());

        var view = started.Instance!;
        var seen = new List<string>();
        while (view.Tasks.Values.FirstOrDefault(t => t.Status == TaskLifecycle.Open) is { } task)
        {
            var candidate = Assert.Single(task.Opened.Candidates); // zhaolei is the applicant's relative: 回避
            seen.Add($"{task.Opened.Assignee.Level}:{task.Opened.Assignee.DivisionCode}:{candidate.UserId}");
            var user = organisation.FindUser(candidate.UserId)!;
            var actor = Actor.User(user.Id, [.. user.Posts.Select(p => p.PostCode)], [.. user.Posts.Select(p => p.DivisionCode)]);
            var decided = await executor.ExecuteAsync(new RecordDecision("case-1", task.TaskId, actor, "approve", null));
            Assert.True(decided.Rejection is null, decided.Rejection?.ToString());
            view = decided.Instance!;
        }

        Assert.Equal(expected, seen);
        Assert.Equal(["批准"], view.Lines);
        var township = view.Tasks.Values.Single(t => t.Opened.Assignee.Level == "township");
        Assert.Equal("持有岗位 民政办 @ 500113102000；回避排除 zhaolei", township.Opened.Candidates.Single().Reason);
    }
}
