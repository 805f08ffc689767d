namespace Workflow.Engine.Runtime.Events;

/// <summary>How a multi-signer step ended: the mode, the answers per outcome, who had not answered, and the rule that decided.</summary>
public sealed record SignTally(string Mode, IReadOnlyDictionary<string, int> Answers, int Pending, string Rule);
