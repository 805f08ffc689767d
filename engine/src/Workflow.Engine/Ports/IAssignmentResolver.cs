namespace Workflow.Engine.Ports;

/// <summary>
/// Turns "post X at level L of the case's division" (or "department D") into the users who may claim the task.
/// It is a port because the organisation lives outside the core; the core records the answer in the task's
/// opening event, so replay never asks again and the audit shows why each candidate was chosen.
/// </summary>
public interface IAssignmentResolver
{
    /// <summary>Must be deterministic for the same organisation data and never throw; an unknown post gives no candidates.</summary>
    Assignment Resolve(AssignmentRequest request);
}
