namespace Workflow.Casework.Application;

/// <summary>
/// The bus message that asks a data source about a household (published to the exchange of this type; a source's
/// adapter answers through <c>POST /api/checks/{checkId}/result</c>). It names the application, never the person.
/// </summary>
public sealed record FinancialCheckRequested(string CheckId, string ApplicationId, string Source, int Attempt);
