namespace Workflow.Engine.Tests.Runtime.ModelBased;

/// <summary>Every approval operation the model sends, with its own wrong uses (a wrong actor, a closed task, a reused key).</summary>
public enum ModelOp
{
    Decide,
    Withdraw,
    Transfer,
    Delegate,
    AddSigner,
    RemoveSigner,
    Copy,
    Urge,
    Supplement,
    Supply,
    Claim,
    Release,
    FireDueTimer,
}

/// <summary>
/// One generated step. The picks are resolved against the case as it stands when the step runs: <see cref="Task"/>
/// mostly among its open tasks, else among all (closed ones too, so stale targets happen), <see cref="Actor"/> and <see cref="Target"/> among
/// the people (outsiders included) or, for higher picks, among those the task fits, <see cref="Outcome"/> among the
/// task's outcomes. <see cref="Key"/>: 0 no request key,
/// 1 a new one, 2 and up one used before (the same command again, or another command with the same key).
/// </summary>
public sealed record ModelOperation(ModelOp Op, int Task, int Actor, int Target, int Outcome, int Key)
{
    public override string ToString() => $"{Op}(task {Task}, actor {Actor}, target {Target}, outcome {Outcome}, key {Key})";
}
