using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Ports;

/// <summary>
/// What a command with a request key produced the first time: returned again for a repeat of the same command.
/// <see cref="CommandType"/> is the command's type name, so the key reused for another command is told apart.
/// </summary>
public sealed record StoredResult(string RequestKey, string InstanceId, IReadOnlyList<WorkflowEvent> Events)
{
    public string? CommandType { get; init; }
}
