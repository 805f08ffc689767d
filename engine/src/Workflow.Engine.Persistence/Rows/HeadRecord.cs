namespace Workflow.Engine.Persistence.Rows;

/// <summary>An instance row's snapshot (when loaded), version and the hash of its last event.</summary>
internal sealed class HeadRecord
{
    public string Snapshot { get; set; } = "";

    public long Version { get; set; }

    public string HeadHash { get; set; } = "";
}
