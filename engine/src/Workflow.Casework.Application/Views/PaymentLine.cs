namespace Workflow.Casework.Application.Views;

/// <summary>One payment as listed.</summary>
public sealed record PaymentLine(string Id, string ItemCode, string Kind, decimal AmountYuan, string Note, string PaidBy, DateTimeOffset PaidAt);
