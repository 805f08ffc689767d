namespace Workflow.Engine.State;

/// <summary>Which inbound edges of a join have resolved, and how, since it last fired.</summary>
public sealed class JoinState
{
    public Dictionary<int, bool> Arrivals { get; } = [];

    /// <summary>For race (WaitAny) joins: already fired in this round.</summary>
    public bool Fired { get; set; }
}
