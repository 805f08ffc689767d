namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// The first link of a chain that does not hold. <paramref name="Seq"/> is the event where it breaks (for a missing
/// tail, the first missing position); <paramref name="Expected"/> is what the chain says the value must be and
/// <paramref name="Actual"/> what is stored.
/// </summary>
public sealed record AuditBreak(string InstanceId, long Seq, string Reason, string Expected, string Actual)
{
    public override string ToString() => $"instance {InstanceId}, event {Seq}: {Reason} (expected {Expected}, found {Actual})";
}
