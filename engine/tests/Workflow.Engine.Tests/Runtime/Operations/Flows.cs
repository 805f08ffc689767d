using System.Text.Json.Nodes;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>Definitions and people the operation tests share. The case sits in village 500113102001.</summary>
internal static class Flows
{
    public const string Village = "500113102001";
    public const string Township = "500113102000";
    public const string District = "500113000000";

    public static JsonObject Input() => new()
    {
        ["divisionCode"] = Village,
        ["serviceItem"] = "dibao",
        ["applicantIdNumber"] = "500113199001011234",
    };

    /// <summary>村 入户调查 (村协理员) → 乡镇审核 (民政办, 5 working days) → "办结".</summary>
    public static string TwoSteps() => D.Flowchart(
        $"""
        {D.Activity("a", "Gov.ApprovalTask", D.Literal("title", "入户调查") + "," + D.Object("candidate", """{"post":"村协理员","level":"village"}"""))},
        {D.Activity("b", "Gov.ApprovalTask", D.Literal("title", "乡镇审核") + "," + D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("timeLimit", "5", "Int32"))},
        {D.Activity("done", "Elsa.WriteLine", D.Literal("text", "办结"))},
        {D.Activity("no", "Elsa.WriteLine", D.Literal("text", "不予批准"))}
        """,
        $"""{D.Connect("a", "b", "approve")}, {D.Connect("b", "done", "approve")}, {D.Connect("b", "no", "reject")}""");

    /// <summary>One township step with a case limit of 20 working days.</summary>
    public static string OneStep(int timeLimit = 5) => D.Flowchart(
        $"""
        {D.Activity("b", "Gov.ApprovalTask", D.Literal("title", "乡镇审核") + "," + D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("timeLimit", timeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), "Int32"))},
        {D.Activity("done", "Elsa.WriteLine", D.Literal("text", "办结"))},
        {D.Activity("no", "Elsa.WriteLine", D.Literal("text", "不予批准"))}
        """,
        $"""{D.Connect("b", "done", "approve")}, {D.Connect("b", "no", "reject")}""")
        .Replace("\"version\": 1,\n", "\"version\": 1, \"customProperties\": { \"caseTimeLimit\": 20 },\n", StringComparison.Ordinal);

    /// <summary>A multi-signer township step: <paramref name="mode"/>, optional signers and threshold.</summary>
    public static string Signed(string mode, string? signers = null, string? threshold = null)
    {
        var inputs = D.Literal("title", "集体审议") + "," + D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("mode", mode);
        if (signers is not null)
        {
            inputs += "," + D.Object("signers", signers);
        }
        if (threshold is not null)
        {
            inputs += "," + D.Literal("threshold", threshold);
        }
        return D.Flowchart(
            $"""
            {D.Activity("sign", "Gov.ApprovalTask", inputs)},
            {D.Activity("yes", "Elsa.WriteLine", D.Literal("text", "通过"))},
            {D.Activity("no", "Elsa.WriteLine", D.Literal("text", "不通过"))},
            {D.Activity("back", "Elsa.WriteLine", D.Literal("text", "退回"))}
            """,
            $"""{D.Connect("sign", "yes", "approve")}, {D.Connect("sign", "no", "reject")}, {D.Connect("sign", "back", "return")}""");
    }

    public static string Chain() => D.Flowchart(
        $"""
        {D.Activity("chain", "Gov.ApprovalChain", D.Literal("serviceItem", "tekun") + "," + D.Object("levels",
            """[{"level":"village","post":"村协理员","title":"入户调查"},{"level":"township","post":"民政办","title":"乡镇审核","timeLimit":10}]"""))},
        {D.Activity("ok", "Elsa.WriteLine", D.Literal("text", "批准"))}
        """,
        D.Connect("chain", "ok", "approve"));

    /// <summary>A harness with <paramref name="definition"/> published and one case started at its first task.</summary>
    public static async Task<(Harness Harness, string TaskId)> OpenedAsync(string definition, FakeOrganisation? org = null)
    {
        var harness = new Harness(assignments: org);
        var view = await harness.Start(harness.Publish(definition), input: Input());
        return (harness, view.Tasks.Keys.Single());
    }
}
