namespace Workflow.Engine.Runtime.Commands;

/// <summary>
/// A request to change one instance. <see cref="RequestKey"/> makes a retry safe: the persistence layer answers a
/// repeated key with the first result instead of applying the command twice.
/// </summary>
public abstract record WorkflowCommand(string InstanceId)
{
    public string? RequestKey { get; init; }
}
