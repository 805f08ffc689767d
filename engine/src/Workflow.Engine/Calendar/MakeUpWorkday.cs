namespace Workflow.Engine.Calendar;

/// <summary>A Saturday or Sunday that is a working day (调休上班) because of <paramref name="Holiday"/>.</summary>
public sealed record MakeUpWorkday(DateOnly Date, string Holiday);
