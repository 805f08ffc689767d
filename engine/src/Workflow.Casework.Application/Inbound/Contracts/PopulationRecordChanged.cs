using MassTransit;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// A person's record in population data: who they are, whose household, where, born when, and whether they died. Queue
/// <c>wf.inbound.population-record</c>, HTTP twin <c>POST /api/inbound/population-records</c>.
/// </summary>
/// <param name="HouseholdIdNumber">The household head's ID number.</param>
[MessageUrn(WireName)]
[EntityName(WireName)]
public sealed record PopulationRecordChanged(string SenderSystem, string SenderMessageId, string IdNumber, string Name, string HouseholdIdNumber, string DivisionCode,
    DateOnly BirthDate, DateOnly? Died)
{
    public const string WireName = "Workflow.Casework.Inbound:PopulationRecordChanged";
}
