namespace Workflow.Casework.Application.Views;

/// <summary>What a campaign created: cases closed by the data check at once, cases sent to the township, repeats and refusals.</summary>
public sealed record ReviewBatchResult(string Campaign, int Created, int ClosedByDataCheck, int ToTownship, int Repeated, int Refused, double Seconds);
