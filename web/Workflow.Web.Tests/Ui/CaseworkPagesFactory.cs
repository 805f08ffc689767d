using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// The host as the demo runs it — the repository's definitions, the demo organisation and accounts (password
/// <see cref="DemoPassword"/>) — with the adjustable clock, so a page test can move time past a deadline.
/// </summary>
public sealed class CaseworkPagesFactory : WorkflowWebFactory
{
    public const string DemoPassword = "Demo@2026";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Workflow:DefinitionsPath"] = "",
        ["Workflow:DemoData"] = "true",
        ["Workflow:Testing:AdjustableClock"] = "true",
        ["Workflow:Timers:Interval"] = "00:00:00.200",
    };
}
