namespace Workflow.Engine.Calendar;

/// <summary>A block of days off, <paramref name="From"/> to <paramref name="To"/> inclusive.</summary>
public sealed record HolidayBlock(string Name, DateOnly From, DateOnly To);
