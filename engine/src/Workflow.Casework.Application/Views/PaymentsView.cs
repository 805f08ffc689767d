namespace Workflow.Casework.Application.Views;

/// <summary>A sub-case's payments and where the household stands against the yearly cap.</summary>
public sealed record PaymentsView(IReadOnlyList<PaymentLine> Payments, decimal PaidThisYearYuan, decimal? YearlyCapYuan, bool CapReached, string? Warning);
