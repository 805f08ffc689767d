using System.Globalization;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime.ModelBased;

/// <summary>One step of a generated definition: a single officer's task, a multi-signer step, or a 村→乡镇 chain.</summary>
public sealed record ModelStep(string Kind, string Level, string? Mode = null)
{
    public const string Single = "single";
    public const string Signed = "signed";
    public const string Chain = "chain";

    public override string ToString() => Kind switch
    {
        Signed => $"{Mode}@{Level}",
        Chain => "chain",
        _ => $"task@{Level}",
    };
}

/// <summary>
/// A generated approval definition: its steps in a row. Each step's approve goes to the next (the last ends the case),
/// reject ends it, and return goes back one step (the first step's return ends it as 退回). Every task has a legal time
/// limit, so clocks and warning timers run beside it.
/// </summary>
public sealed record ModelFlow(IReadOnlyList<ModelStep> Steps)
{
    public static readonly IReadOnlyDictionary<string, (string Post, string Division)> Levels = new Dictionary<string, (string, string)>
    {
        ["village"] = ("村协理员", ModelPeople.Village),
        ["township"] = ("民政办", ModelPeople.Township),
        ["district"] = ("区民政局", ModelPeople.District),
    };

    public override string ToString() => string.Join(" → ", Steps);

    public string Json()
    {
        var activities = new List<string>();
        var connections = new List<string>();
        for (var i = 0; i < Steps.Count; i++)
        {
            activities.Add(Activity(i, Steps[i]));
            connections.Add(D.Connect($"s{i}", i + 1 < Steps.Count ? $"s{i + 1}" : "done", "approve"));
            connections.Add(D.Connect($"s{i}", "no", "reject"));
            connections.Add(D.Connect($"s{i}", i > 0 ? $"s{i - 1}" : "back", "return"));
        }
        activities.Add(D.Activity("done", "Elsa.WriteLine", D.Literal("text", "批准")));
        activities.Add(D.Activity("no", "Elsa.WriteLine", D.Literal("text", "不予批准")));
        activities.Add(D.Activity("back", "Elsa.WriteLine", D.Literal("text", "退回")));
        return D.Flowchart(string.Join(",\n", activities), string.Join(", ", connections), id: "model");
    }

    private static string Activity(int i, ModelStep step)
    {
        if (step.Kind == ModelStep.Chain)
        {
            return D.Activity($"s{i}", "Gov.ApprovalChain", D.Literal("serviceItem", "dibao") + "," + D.Object("levels",
                """[{"level":"village","post":"村协理员","title":"入户调查","timeLimit":5},{"level":"township","post":"民政办","title":"乡镇审核","timeLimit":10}]"""));
        }
        var (post, _) = Levels[step.Level];
        var inputs = D.Literal("title", $"第{i + 1}步") + "," + D.Object("candidate", $$"""{"post":"{{post}}","level":"{{step.Level}}"}""")
            + "," + D.Literal("timeLimit", (3 + i).ToString(CultureInfo.InvariantCulture), "Int32");
        if (step.Kind == ModelStep.Signed)
        {
            // Two of the office's three sign, so its third candidate may add or remove signers (加签, 减签).
            var signers = step.Level == "township" ? """["t1","t2"]""" : """["d1","d2"]""";
            inputs += "," + D.Literal("mode", step.Mode!) + "," + D.Object("signers", signers);
            if (step.Mode == "vote")
            {
                inputs += "," + D.Literal("threshold", "2");
            }
        }
        return D.Activity($"s{i}", "Gov.ApprovalTask", inputs);
    }
}

/// <summary>The people of a generated case: two or three per office, and an outsider with no post.</summary>
public static class ModelPeople
{
    public const string Village = "500113102001";
    public const string Township = "500113102000";
    public const string District = "500113000000";

    public static readonly IReadOnlyList<Workflow.Engine.Runtime.Commands.Actor> Pool =
    [
        Workflow.Engine.Runtime.Commands.Actor.User("v1", ["村协理员"], [Village]),
        Workflow.Engine.Runtime.Commands.Actor.User("v2", ["村协理员"], [Village]),
        Workflow.Engine.Runtime.Commands.Actor.User("t1", ["民政办"], [Township]),
        Workflow.Engine.Runtime.Commands.Actor.User("t2", ["民政办"], [Township]),
        Workflow.Engine.Runtime.Commands.Actor.User("t3", ["民政办"], [Township]),
        Workflow.Engine.Runtime.Commands.Actor.User("d1", ["区民政局"], [District]),
        Workflow.Engine.Runtime.Commands.Actor.User("d2", ["区民政局"], [District]),
        Workflow.Engine.Runtime.Commands.Actor.User("d3", ["区民政局"], [District]),
        Workflow.Engine.Runtime.Commands.Actor.User("x1"),
    ];

    /// <summary>The person of the pool with <paramref name="id"/>, or one with no post.</summary>
    public static Workflow.Engine.Runtime.Commands.Actor Find(string id) =>
        Pool.FirstOrDefault(p => p.Id == id) ?? Workflow.Engine.Runtime.Commands.Actor.User(id);

    public static FakeOrganisation Organisation() => new FakeOrganisation()
        .With("村协理员", Village, "v1", "v2")
        .With("民政办", Township, "t1", "t2", "t3")
        .With("区民政局", District, "d1", "d2", "d3");
}
