using System.Text.Json.Serialization;

namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// One level of an approval chain: who acts, under what title, within what time limit (in <see cref="TimeLimitUnit"/>;
/// the parameter's name predates units).
/// </summary>
public sealed record ChainLevel(string Level, string Post, string Title, int? TimeLimitWorkingDays)
{
    /// <summary>Absent (working days) in events and snapshots written before units existed, and for working days.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TimeLimitUnit TimeLimitUnit { get; init; }
}
