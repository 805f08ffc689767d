namespace Workflow.Casework.Application;

/// <summary>
/// <c>Workflow:Casework</c> settings:
/// <code>
/// "Casework": {
///   "SeedDemoOrganisation": false,     // with no organisation stored yet, store the demo one (DemoData implies it)
///   "FilesPath": "",                   // attachments; empty: ./data/files
///   "CheckTimeout": "1.00:00:00", "CheckAttempts": 3, "CheckPollInterval": "00:00:05",   // 家庭经济状况核对 retries
///   "MaxAttachmentBytes": 10485760,
///   "YearlyCapYuan": { "temporary-assistance": 10000 },          // 临时救助 per household and year
///   "AdvanceLimitYuan": { "村协理员": 1000, "民政办": 5000 }       // 小额先行救助 a post may pay on its own
/// }
/// </code>
/// </summary>
public sealed class CaseworkOptions
{
    public const string Section = "Workflow:Casework";

    public bool SeedDemoOrganisation { get; set; }

    public string? FilesPath { get; set; }

    /// <summary>家庭经济状况核对: how long a data source has to answer before it is asked again, how many times, how often to look.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromDays(1);

    public int CheckAttempts { get; set; } = 3;

    public TimeSpan CheckPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    public Dictionary<string, decimal> YearlyCapYuan { get; set; } = new() { ["temporary-assistance"] = 10_000m };

    public Dictionary<string, decimal> AdvanceLimitYuan { get; set; } = new() { ["村协理员"] = 1_000m, ["民政办"] = 5_000m };
}
