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

    /// <summary>
    /// Why <paramref name="userId"/> may not take the task <paramref name="request"/> describes as <paramref name="role"/>,
    /// in Chinese for the refusal; null when they may. Every target must be an active user who is not recused (回避).
    /// A resolver that knows no organisation cannot judge and accepts everyone.
    /// </summary>
    string? RefuseHolder(AssignmentRequest request, string userId, HolderRole role) => null;
}
