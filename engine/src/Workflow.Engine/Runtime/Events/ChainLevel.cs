namespace Workflow.Engine.Runtime.Events;

/// <summary>One level of an approval chain: who acts, under what title, within how many working days.</summary>
public sealed record ChainLevel(string Level, string Post, string Title, int? TimeLimitWorkingDays);
