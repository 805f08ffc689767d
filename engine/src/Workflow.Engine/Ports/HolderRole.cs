namespace Workflow.Engine.Ports;

/// <summary>What a person named in a hand-over is to become, which decides what the organisation asks of them.</summary>
public enum HolderRole
{
    /// <summary>转办, 委派, 加签: they will decide the task, so they need its post (or department) in its office.</summary>
    Holder,

    /// <summary>抄送: they will read the case, so they need a post whose area holds it.</summary>
    Reader,

    /// <summary>人工指派 by someone entitled to assign: any post whose area holds the case.</summary>
    Assigned,
}
