namespace Workflow.Web.Hosting;

/// <summary>
/// Host settings, bound from the <c>Workflow</c> section and validated at start-up:
/// <code>
/// "Workflow": {
///   "DefaultUrls": "http://127.0.0.1:5080", // read by UseWorkflowDefaultUrls, only when no address was given
///   "DefinitionsPath": "",                  // empty: the nearest workflows/definitions above the content root
///   "DemoData": true,                       // start sample cases and list the demo accounts
///   "Engine": { "MaxActivitiesPerBurst": 10000, "Scripts": { "Timeout": "00:00:02" } }
/// }
/// </code>
/// </summary>
public sealed class WorkflowHostOptions
{
    public const string Section = "Workflow";

    /// <summary>The folder whose <c>*.json</c> files are published at start-up; relative paths start at the content root.</summary>
    public string? DefinitionsPath { get; set; }

    public bool DemoData { get; set; } = true;
}
