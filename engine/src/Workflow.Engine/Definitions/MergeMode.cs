namespace Workflow.Engine.Definitions;

/// <summary>How a node with several inbound connections decides to run. See engine/README.md, "Joins".</summary>
public enum MergeMode
{
    /// <summary>Run on every live arrival (Elsa's <c>Stream</c>; also <c>None</c> and unset).</summary>
    Stream,

    /// <summary>Run once every inbound edge has resolved, if at least one of them was taken.</summary>
    Merge,

    /// <summary>Run only when every inbound edge was taken; a dead edge blocks for good.</summary>
    Converge,

    /// <summary>Run on the first live arrival, once per round.</summary>
    Race,
}
