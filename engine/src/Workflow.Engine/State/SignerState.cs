namespace Workflow.Engine.State;

/// <summary>One signer of a multi-signer step and their answer, if they gave one.</summary>
public sealed record SignerState(string UserId, string? Outcome = null, string? Comment = null, DateTimeOffset? At = null)
{
    public bool Answered => Outcome is not null;
}
