using Workflow.Engine.Definitions;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// What a processor's check may read: the instance as it stands, its definition, the engine's services and the time
/// of the command. It offers no way to emit, so a check can only answer with a rejection or let the command run.
/// </summary>
internal readonly struct CheckView(IInstanceView instance, WorkflowDefinition definition, EngineServices services, DateTimeOffset now)
{
    public IInstanceView Instance { get; } = instance;

    public WorkflowDefinition Definition { get; } = definition;

    public EngineServices Services { get; } = services;

    public DateTimeOffset Now { get; } = now;
}
