using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Operations;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Casework.Tests;

/// <summary>
/// The operation forms are offered from the engine's own checks (issue 12): 加签 and 减签 only on a multi-signer step and
/// only to a person the host grants it, 人工指派 with exactly the people the engine would accept.
/// </summary>
public sealed class OperationOffersTests
{
    private static string Step(string? mode) => D.Flowchart(
        $"""
        {D.Activity("sign", "Gov.ApprovalTask", D.Literal("title", "集体审议") + "," + D.Object("candidate", """{"post":"民政办","level":"township"}""")
            + (mode is null ? "" : "," + D.Literal("mode", mode)))},
        {D.Activity("yes", "Elsa.WriteLine", D.Literal("text", "通过"))}
        """,
        D.Connect("sign", "yes", "approve"));

    private static async Task<(OperationOffers Offers, TaskView Task)> OpenedAsync(string? mode)
    {
        var directory = new CaseworkDirectory();
        directory.Use(TestOrganisation.Build(), 1);
        var catalog = new InMemoryDefinitionCatalog();
        catalog.Publish(DefinitionReader.Read(Step(mode)).Definition!);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)));
        var executor = new WorkflowExecutor(catalog, new InMemoryInstanceStore(), new EngineServices(time, assignments: directory));
        var started = await executor.ExecuteAsync(new StartInstance("case-1", "test", null, new JsonObject { ["divisionCode"] = TestOrganisation.Village }));
        Assert.Null(started.Rejection);
        var view = InstanceView.From(started.Instance!);
        return (new OperationOffers(executor, directory), view.OpenTasks.Single());
    }

    private static Caller CallerOf(string id)
    {
        var user = TestOrganisation.Build().FindUser(id)!;
        var actor = Actor.User(user.Id, [.. user.Posts.Select(p => p.PostCode)], [.. user.Posts.Select(p => p.DivisionCode)]);
        return new Caller(actor, user.Name, AccessSubject.Of(user));
    }

    [Fact]
    public async Task ForTask_MultiSignerStep_OffersAddAndRemoveSignerToTheDistrict_NotToASigner()
    {
        var (offers, task) = await OpenedAsync("countersign");

        var district = await offers.ForTaskAsync(CallerOf("liuqiang"), task, default);
        var signer = await offers.ForTaskAsync(CallerOf("zhangwei"), task, default);

        Assert.NotEmpty(district.NewSigners);
        Assert.DoesNotContain(district.NewSigners, u => task.Signers.Any(s => s.UserId == u.Id));
        Assert.Equal(task.Signers.Select(s => s.UserId).Order(), district.RemovableSigners.Order());
        Assert.Empty(signer.NewSigners);
        Assert.Empty(signer.RemovableSigners);
        Assert.Empty(signer.Assignees);
    }

    [Fact]
    public async Task ForTask_StepOnePersonDecides_OffersNoSignerChange_ButManualAssignToEligiblePeople()
    {
        var (offers, task) = await OpenedAsync(null);

        var district = await offers.ForTaskAsync(CallerOf("liuqiang"), task, default);

        Assert.Empty(district.NewSigners);
        Assert.Empty(district.RemovableSigners);
        Assert.Contains(district.Assignees, u => u.Id == "zhangwei");
        Assert.DoesNotContain(district.Assignees, u => u.Id == "retired" || u.Id == "xh-window");
    }
}
