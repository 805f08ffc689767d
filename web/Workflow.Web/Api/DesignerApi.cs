using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Activities;
using Workflow.Engine.Activities.Design;
using Workflow.Web.Api.Contracts;

namespace Workflow.Web.Api;

/// <summary>
/// What the visual designer (<c>wwwroot/js/admin/designer</c>) knows about activity types, read from the engine's
/// table (<see cref="ActivityTypes"/>) so that a new type is one row there (issue 13). Mapped into the administrators' group.
/// </summary>
public static class DesignerApi
{
    public const string ActivitiesPath = "/api/designer/activities";

    private static readonly DesignerCatalog Catalog = new(
        ActivityTypes.Flowchart,
        [.. ActivityTypes.All.Select(d => new DesignerActivityType(
            d.TypeName, d.Label, d.Design.Group?.Code, d.DesignerPorts, d.Design.Defaults, d.Design.Fields, d.Design.IsStart, d.Design.AwaitsDecision))],
        PaletteGroup.All,
        PortLabels.Chinese,
        VariableNames.Chinese,
        ActivityDescriptor.Done);

    public static RouteGroupBuilder MapDesignerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/designer");
        api.MapGet("/activities", Activities);
        return api;
    }

    /// <summary><c>GET /api/designer/activities</c>: every type of the table with its label, ports, defaults and fields.</summary>
    public static Ok<DesignerCatalog> Activities() => TypedResults.Ok(Catalog);
}
