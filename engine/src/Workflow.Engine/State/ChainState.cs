using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>An approval chain in progress.</summary>
public sealed class ChainState
{
    public required IReadOnlyList<ChainLevel> Levels { get; init; }

    public required string RuleSource { get; init; }
}
