namespace Workflow.Casework;

/// <summary>
/// Where a message of <paramref name="Kind"/> (<see cref="InboundKinds"/>) from a division inside
/// <paramref name="JurisdictionCode"/> goes: the definition whose case it starts, or none (<c>null</c>) for a kind that
/// only has an effect (a move, a population record). The nearest enclosing jurisdiction wins, as for service rules.
/// </summary>
public sealed record InboundRoute(string Kind, string JurisdictionCode, string? DefinitionId)
{
    /// <summary>What the audit and the message's row record as the route that decided.</summary>
    public string Source => $"inbound:{Kind}@{JurisdictionCode}";
}
