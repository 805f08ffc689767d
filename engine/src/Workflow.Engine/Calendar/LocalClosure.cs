namespace Workflow.Engine.Calendar;

/// <summary>
/// Offices of one division subtree are closed, <paramref name="From"/> to <paramref name="To"/> inclusive: a disaster,
/// or a local festival in an autonomous area. Closed days are off even when they are make-up working days.
/// </summary>
/// <param name="Division">
/// A 12-digit division code. It covers every division under it: <c>500113000000</c> (a district) covers all codes that
/// start with <c>500113</c>; <c>500113102000</c> (a township) covers those that start with <c>500113102</c>.
/// </param>
/// <param name="Name">What the closure is, e.g. 防汛停止办公.</param>
/// <param name="Notice">The decision that closed the offices (issuing body and document).</param>
/// <param name="EffectiveFrom">The date of that decision.</param>
public sealed record LocalClosure(string Division, string Name, DateOnly From, DateOnly To, string Notice, DateOnly EffectiveFrom);
