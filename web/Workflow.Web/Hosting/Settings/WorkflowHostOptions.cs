namespace Workflow.Web.Hosting.Settings;

/// <summary>
/// Host settings, bound from the <c>Workflow</c> section and validated at start-up:
/// <code>
/// "Workflow": {
///   "DefaultUrls": "http://127.0.0.1:5080", // read by UseWorkflowDefaultUrls, only when no address was given
///   "DefinitionsPath": "",                  // empty: the nearest workflows/definitions above the content root
///   "DemoData": false,                      // demo mode: demo organisation, accounts (known password) and sample cases
///   "CalendarPath": "",                     // extra calendar *.json (later years, local closures); empty: <DataFolder>/calendar if present
///   "BrowseLimit": 200,                     // rows per page of GET /api/tasks and of the home page
///   "Persistence": { "Provider": "Sqlite", "ConnectionString": "" },   // see PersistenceHostOptions
///   "Timers": { "Interval": "00:00:01" },   // the timer pump (TimerPumpOptions)
///   "Operations": { "SampleInterval": "00:00:15" },                   // database gauges for /metrics
///   "Engine": { "MaxActivitiesPerBurst": 10000, "Scripts": { "Timeout": "00:00:02" } }
/// }
/// </code>
/// </summary>
public sealed class WorkflowHostOptions
{
    public const string Section = "Workflow";

    /// <summary>The folder whose <c>*.json</c> files are published at start-up; relative paths start at the content root.</summary>
    public string? DefinitionsPath { get; set; }

    /// <summary>
    /// Demo mode, which only <c>scripts/run.sh</c> asks for: the demo organisation, accounts with the published demo
    /// password (made once, on a database with no account) and sample cases. Off, no account has a known password.
    /// </summary>
    public bool DemoData { get; set; }

    /// <summary>A folder of calendar files added to the shipped years; relative paths start at the working directory.</summary>
    public string? CalendarPath { get; set; }

    /// <summary>Rows per page of the browsing list and the home page, when the request names no limit.</summary>
    public int BrowseLimit { get; set; } = 200;

    /// <summary>How often a host looks for definition versions another host published (the database is the truth).</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(5);
}
