namespace Workflow.Engine.Activities.Design;

/// <summary>
/// How the visual designer offers and edits one activity type: its palette group, the ports it draws before the engine
/// compiles the node, the inputs a new node starts with, and the fields of its settings panel. It lives on the type's
/// row in <see cref="ActivityTypes"/>, so adding a type is one edit there (issue 13: the designer kept its own copies).
/// Nothing here changes how the engine reads or runs a definition.
/// </summary>
public sealed record ActivityDesign
{
    /// <summary>A type the palette does not offer, drawn with the single <c>Done</c> port and no settings fields.</summary>
    public static readonly ActivityDesign Plain = new();

    /// <summary>The palette group that offers the type; null when it is only shown because a file contains it.</summary>
    public PaletteGroup? Group { get; init; }

    /// <summary>The ports as the designer works them out from the node's JSON (terminal types draw none).</summary>
    public PortRule Ports { get; init; } = PortRule.Fixed(ActivityDescriptor.Done);

    /// <summary>The inputs a node added from the palette starts with, in this order.</summary>
    public IReadOnlyList<InputDefault> Defaults { get; init; } = [];

    /// <summary>The fields of the settings panel, in this order.</summary>
    public IReadOnlyList<SettingField> Fields { get; init; } = [];

    /// <summary>The flowchart's entry: no inbound port, nothing connects to it, and it cannot be deleted.</summary>
    public bool IsStart { get; init; }

    /// <summary>Waits for a person's or a department's decision, which the simulation asks for by port.</summary>
    public bool AwaitsDecision { get; init; }
}
