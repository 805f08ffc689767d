namespace Workflow.Casework.Application.Views;

/// <summary>One accepted item on the receipt: who handles it and within how many working days.</summary>
public sealed record ReceiptItem(string ItemName, string Handler, int? TimeLimitWorkingDays);
