namespace Workflow.Engine.Runtime.Commands;

/// <summary>A command a person (or the system on their behalf) issues: its request key belongs to that actor.</summary>
public interface IActorCommand
{
    Actor Actor { get; }
}
