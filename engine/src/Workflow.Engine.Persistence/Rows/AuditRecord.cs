namespace Workflow.Engine.Persistence.Rows;

/// <summary>An event row joined with its instance's head, as the audit walk reads it.</summary>
internal sealed class AuditRecord
{
    public string InstanceId { get; set; } = "";

    public long Seq { get; set; }

    public string Type { get; set; } = "";

    public string Body { get; set; } = "";

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public long? HeadVersion { get; set; }

    public string? HeadHash { get; set; }
}
