namespace Workflow.Web.Tests.Support;

/// <summary>
/// The host with the shipped definitions, the demo organisation and routing rules (no sample cases), a 1 KB attachment
/// limit and the adjustable clock: what the casework API tests act on.
/// </summary>
public sealed class CaseworkWebFactory : WorkflowWebFactory
{
    public string FilesFolder { get; } = Path.Combine(Path.GetTempPath(), "wf-web-files", Guid.NewGuid().ToString("N"));

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Workflow:DefinitionsPath"] = "",
        ["Workflow:DemoData"] = "false",
        ["Workflow:Casework:SeedDemoOrganisation"] = "true",
        ["Workflow:Casework:MaxAttachmentBytes"] = "1024",
        ["Workflow:Casework:FilesPath"] = FilesFolder,
        ["Workflow:Testing:AdjustableClock"] = "true",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(FilesFolder))
        {
            Directory.Delete(FilesFolder, recursive: true);
        }
    }
}
