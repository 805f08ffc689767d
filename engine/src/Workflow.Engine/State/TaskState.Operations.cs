namespace Workflow.Engine.State;

/// <summary>What happened to a task while it was open: who holds it, its signers, copies, supplement and evidence.</summary>
public sealed partial class TaskState
{
    /// <summary>Who claimed the task from the shared queue (or received it by transfer); null while it is unclaimed.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Who may act on the task now: the claimer, a transfer's target, or a delegate until they answer.</summary>
    public string? Holder { get; set; }

    /// <summary>While delegated (委派): the delegator, who gets the task back when the delegate answers.</summary>
    public string? DelegatedBy { get; set; }

    /// <summary>The signers of a multi-signer step, in order, with their answers.</summary>
    public List<SignerState> Signers { get; } = [];

    /// <summary>Users the task was copied to (抄送): they may read it, never act on it.</summary>
    public List<string> Copies { get; } = [];

    /// <summary>The supplement (补正) the task waits for, if any.</summary>
    public SupplementState? Supplement { get; set; }

    public List<DelegateOpinion> Opinions { get; } = [];

    public List<Deliberation> Deliberations { get; } = [];

    /// <summary>True once anyone has done anything to the task that 撤回 must not undo.</summary>
    public bool IsTouched => ClaimedBy is not null || Holder is not null || DelegatedBy is not null
        || Signers.Exists(s => s.Answered) || Opinions.Count > 0 || Supplement is not null || Deliberations.Count > 0;

    private void CopyOperationsTo(TaskState copy)
    {
        copy.ClaimedBy = ClaimedBy;
        copy.Holder = Holder;
        copy.DelegatedBy = DelegatedBy;
        copy.Signers.AddRange(Signers);
        copy.Copies.AddRange(Copies);
        copy.Supplement = Supplement;
        copy.Opinions.AddRange(Opinions);
        copy.Deliberations.AddRange(Deliberations);
    }
}
