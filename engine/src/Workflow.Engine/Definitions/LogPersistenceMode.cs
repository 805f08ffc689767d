namespace Workflow.Engine.Definitions;

/// <summary>Whether an activity input is stored in its execution record (Elsa's <c>logPersistenceMode</c>).</summary>
public enum LogPersistenceMode
{
    Inherit,
    Include,
    Exclude,
}
