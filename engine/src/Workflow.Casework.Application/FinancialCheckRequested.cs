using MassTransit;

namespace Workflow.Casework.Application;

/// <summary>
/// The bus message that asks a data source about a household (published to the exchange of this type; a source's
/// adapter answers through <c>POST /api/checks/{checkId}/result</c>). It names the application, never the person.
/// </summary>
/// <remarks>
/// Its wire names are those it had in the web host (<c>Workflow.Web.Casework:FinancialCheckRequested</c>), fixed
/// here so the move into this project changed no exchange and no message type a source's adapter listens for.
/// </remarks>
[MessageUrn(WireName)]
[EntityName(WireName)]
public sealed record FinancialCheckRequested(string CheckId, string ApplicationId, string Source, int Attempt)
{
    public const string WireName = "Workflow.Web.Casework:FinancialCheckRequested";
}
