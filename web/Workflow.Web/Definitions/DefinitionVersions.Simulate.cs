using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Serialization;
using Workflow.Engine.Simulation;
using Workflow.Engine.State;

namespace Workflow.Web.Definitions;

public sealed partial class DefinitionVersions
{
    /// <summary>A village of the demo district, so that tasks addressed by level find a division.</summary>
    public const string SimulationDivision = "500113102001";

    /// <summary>
    /// Runs <paramref name="json"/> on the engine in memory (as <c>wf simulate --until-end</c>): each task takes the
    /// outcome chosen for its activity id, or else its first outcome; timers fire at once.
    /// </summary>
    public async Task<SimulationPath> SimulateAsync(string json, IReadOnlyDictionary<string, string> decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var read = DefinitionReader.Read(json ?? "");
        var problems = DefinitionProblems.From(read.Errors, read.Definition?.Document);
        if (!read.IsValid)
        {
            return new SimulationPath("Invalid", [], [], [], [], problems);
        }
        var definition = read.Definition!;
        var input = new JsonObject { [CaseInputKeys.DivisionCode] = SimulationDivision, [CaseInputKeys.ApplicantName] = "模拟申请人" };
        var result = await Simulator.RunAsync(definition, new SimulationOptions
        {
            Input = input,
            Decisions = decisions.Where(d => !string.IsNullOrWhiteSpace(d.Value)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal),
            UntilEnd = true,
            Time = time,
        }, cancellationToken).ConfigureAwait(false);
        var steps = new List<SimulationStep>();
        var lines = new List<string>();
        var incidents = new List<string>();
        foreach (var e in result.Events)
        {
            switch (e)
            {
                case ActivityExecuted step when definition.NodesById.TryGetValue(step.NodeId, out var node) && !ReferenceEquals(node, definition.Root):
                    steps.Add(new SimulationStep(node.Id, node.Type, node.Name, step.Outcomes));
                    break;
                case LineWritten line:
                    lines.Add(line.Text);
                    break;
                case IncidentRecorded incident:
                    incidents.Add($"{incident.Code}: {incident.Message}");
                    break;
            }
        }
        var waiting = result.OpenBookmarks.Select(b => definition.NodesById.TryGetValue(b.ActivityId, out var n) ? n.Id : b.ActivityId).Distinct().ToList();
        return new SimulationPath(result.SubStatus.ToString(), steps, lines, waiting, incidents, problems);
    }
}
