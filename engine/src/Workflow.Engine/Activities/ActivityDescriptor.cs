using Workflow.Engine.Activities.Design;
using Workflow.Engine.Definitions;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Activities;

/// <summary>
/// One row of the closed activity type table: the type name, its behaviour, the ports it can complete on, a
/// compile step that checks and pre-parses its inputs once at load, and how people see it (its Chinese label and its
/// designer settings).
/// </summary>
public sealed class ActivityDescriptor
{
    public required string TypeName { get; init; }

    /// <summary>The type's Chinese name, shown on the designer's canvas and palette and in version comparisons.</summary>
    public required string Label { get; init; }

    /// <summary>How the designer offers, draws and edits the type; the engine itself never reads it.</summary>
    public ActivityDesign Design { get; init; } = ActivityDesign.Plain;

    /// <summary>The ports the designer draws: a terminal type draws none, whatever it completes on.</summary>
    public PortRule DesignerPorts => IsTerminal ? PortRule.None : Design.Ports;

    public required ActivityBehavior Behavior { get; init; }

    /// <summary>Waits for something outside the burst (a person, a department, time, an event).</summary>
    public bool IsBlocking { get; init; }

    /// <summary>Runs a flowchart of its own (<c>Elsa.Flowchart</c>, <c>Elsa.FlowNode</c>, <c>Elsa.ParallelForEach</c>).</summary>
    public bool IsContainer { get; init; }

    /// <summary>Ends a flowchart or the whole workflow, so it needs no outgoing path.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>The outcome ports of a node; compiled settings are available in <see cref="ActivityNode.Compiled"/>.</summary>
    public Func<ActivityNode, IReadOnlyList<string>> Ports { get; init; } = static _ => Done;

    /// <summary>Checks inputs and stores compiled settings on the node; adds problems to the list.</summary>
    public Action<ActivityNode, List<DefinitionError>>? Compile { get; init; }

    public static readonly IReadOnlyList<string> Done = ["Done"];
}
