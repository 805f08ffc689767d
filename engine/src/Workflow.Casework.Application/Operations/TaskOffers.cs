using Workflow.Casework;

namespace Workflow.Casework.Application.Operations;

/// <summary>
/// The task operations the engine would take from a person now (<see cref="OperationOffers.ForTaskAsync"/>), with the
/// people it would accept: as 加签人, as a signer to remove (减签), as the holder of a 人工指派.
/// </summary>
public sealed record TaskOffers(
    bool Claim,
    bool Release,
    bool Withdraw,
    bool Deliberation,
    bool Supplement,
    IReadOnlyList<User> NewSigners,
    IReadOnlyList<string> RemovableSigners,
    IReadOnlyList<User> Assignees)
{
    public static TaskOffers None { get; } = new(false, false, false, false, false, [], [], []);
}
