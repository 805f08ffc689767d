using Workflow.Engine.Activities.Design;

namespace Workflow.Web.Api.Contracts;

/// <summary>
/// <c>GET /api/designer/activities</c>: every activity type of the engine's table, the palette's groups in order, the
/// Chinese words for known ports and workflow variables, the ports of a type the table does not know, and the type of a flowchart's root.
/// </summary>
public sealed record DesignerCatalog(
    string RootType,
    IReadOnlyList<DesignerActivityType> Types,
    IReadOnlyList<PaletteGroup> Groups,
    IReadOnlyDictionary<string, string> PortLabels,
    IReadOnlyDictionary<string, string> VariableLabels,
    IReadOnlyList<string> FallbackPorts);
