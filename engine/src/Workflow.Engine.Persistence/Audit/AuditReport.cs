namespace Workflow.Engine.Persistence.Audit;

/// <summary>What a walk of the audit chain found: how much it checked, and the first broken link if any.</summary>
public sealed record AuditReport(long InstancesChecked, long EventsChecked, AuditBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}
