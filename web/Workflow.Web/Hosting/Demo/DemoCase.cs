using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;

namespace Workflow.Web.Hosting.Demo;

/// <summary>A sample case; the id is fixed so that a second start is refused instead of duplicating it.</summary>
public sealed record DemoCase(string InstanceId, string DefinitionId, string DivisionCode, string ApplicantName, JsonObject Extra)
{
    /// <summary>Who approves the first task once the case starts, so the demo shows a case further on (issue 12: the 会签).</summary>
    public Actor? FirstApprovedBy { get; init; }

    /// <summary>Who signs the task that opens next (one signer of the district's 会签), leaving the others pending.</summary>
    public Actor? ThenSignedBy { get; init; }

    public JsonObject Input()
    {
        var input = new JsonObject { [CaseInputKeys.DivisionCode] = DivisionCode, [CaseInputKeys.ApplicantName] = ApplicantName };
        foreach (var (key, value) in Extra)
        {
            input[key] = value?.DeepClone();
        }
        return input;
    }
}
