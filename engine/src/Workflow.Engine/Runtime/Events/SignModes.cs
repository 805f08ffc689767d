namespace Workflow.Engine.Runtime.Events;

/// <summary>The multi-signer modes of <c>Gov.ApprovalTask</c>.</summary>
public static class SignModes
{
    public const string Single = "single";

    /// <summary>会签: everyone must approve; the first reject or return decides at once.</summary>
    public const string Countersign = "countersign";

    /// <summary>或签: the first answer decides.</summary>
    public const string Anysign = "anysign";

    /// <summary>票签: approve once approvals reach the threshold; reject once it can no longer be reached.</summary>
    public const string Vote = "vote";

    /// <summary>依次审批: signers in order; each approval passes to the next.</summary>
    public const string Sequential = "sequential";

    public static readonly IReadOnlyList<string> All = [Single, Countersign, Anysign, Vote, Sequential];

    /// <summary>The Chinese name of each mode, in <see cref="All"/>'s order: the designer's choices and the pages read it.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Labels =
    [
        new(Single, "单人审批"), new(Countersign, "会签"), new(Anysign, "或签"), new(Vote, "票签"), new(Sequential, "依次审批"),
    ];

    /// <summary>The Chinese name of <paramref name="mode"/>, or the code when it is unknown.</summary>
    public static string Label(string? mode) => Labels.FirstOrDefault(l => l.Key == mode).Value ?? mode ?? "";
}
