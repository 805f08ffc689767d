using Workflow.Engine.Activities.Design;

namespace Workflow.Web.Api.Contracts;

/// <summary>One row of the engine's activity table as the designer uses it; <c>Group</c> is null for a type the palette does not offer.</summary>
public sealed record DesignerActivityType(
    string Type,
    string Label,
    string? Group,
    PortRule Ports,
    IReadOnlyList<InputDefault> Defaults,
    IReadOnlyList<SettingField> Fields,
    bool IsStart,
    bool AwaitsDecision);
