namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// The body of <c>POST /api/ledger/person</c> and <c>/household</c>: whose ledger (an ID number, in the body so it never
/// lands in a URL, an access log or a browser's history) and which month (<c>yyyy-MM</c>; now when absent).
/// </summary>
public sealed record LedgerLookup(string? IdNumber, string? Month);
