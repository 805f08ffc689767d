using System.Text.Json;
using Workflow.Web.Ui.Flowcharts;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// The flowchart as the browser script reads it (wwwroot/js/flowchart.js), written into a data attribute so the page
/// needs no inline script: steps with their state, holder and remaining days, and links with their label and whether
/// the case took them. Names only; no type names or codes.
/// </summary>
public static class FlowchartJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(CaseFlowchart chart, StepHolders holders)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(holders);
        var steps = chart.Steps.Select(s => new
        {
            id = s.Id,
            name = s.Name,
            kind = s.Kind,
            state = s.State.ToString().ToLowerInvariant(),
            holder = s.OpenTasks.Count == 0 ? null : string.Join("；", s.OpenTasks.Select(holders.Holder).Distinct()),
            due = s.OpenTasks.Select(holders.Remaining).Where(u => u.RemainingDays is not null).MinBy(u => u.RemainingDays) is { } u
                ? new { text = u.Text, css = u.CssClass }
                : null,
        });
        var links = chart.Links.Select(l => new { source = l.SourceId, target = l.TargetId, label = l.Label, folded = l.Folded, taken = l.Taken });
        return JsonSerializer.Serialize(new { steps, links }, Options);
    }
}
