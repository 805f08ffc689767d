namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// A multi-signer step's rule, fixed when the task opens. <paramref name="Mode"/> is one of <see cref="SignModes"/>;
/// <paramref name="Threshold"/> (vote only) is a count of approvals, or a fraction of the signers when below 1.
/// </summary>
public sealed record TaskSigning(string Mode, IReadOnlyList<string> Signers, double? Threshold = null);
