namespace Workflow.Engine.Activities.Design;

/// <summary>
/// The ports of a node as the designer can work them out from its JSON while it is being edited, before the engine
/// compiles it. A test holds each rule to the engine's own <see cref="ActivityDescriptor.Ports"/> on compiled nodes.
/// </summary>
public sealed record PortRule(PortSource Source, IReadOnlyList<string> Ports, string? Input = null)
{
    public static readonly PortRule None = Fixed([]);

    public static PortRule Fixed(IReadOnlyList<string> ports) => new(PortSource.Fixed, ports);

    /// <summary>The string list in <paramref name="input"/>, or <paramref name="fallback"/> when the node has none.</summary>
    public static PortRule FromInputList(string input, IReadOnlyList<string> fallback) => new(PortSource.InputList, fallback, input);

    /// <summary>The labels of the entries of <paramref name="property"/>, followed by <paramref name="then"/>.</summary>
    public static PortRule FromCaseLabels(string property, IReadOnlyList<string> then) => new(PortSource.CaseLabels, then, property);
}
