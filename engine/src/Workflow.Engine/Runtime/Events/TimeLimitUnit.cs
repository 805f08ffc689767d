using System.Text.Json.Serialization;

namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// What a time limit (办理时限) counts. Stored by its code (<see cref="TimeLimitUnits"/>); events and snapshots written
/// before units existed carry none and read as <see cref="WorkingDays"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimeLimitUnit>))]
public enum TimeLimitUnit
{
    /// <summary>工作日: the holiday calendar and the division's closures decide; the deadline is 24:00 of the last one.</summary>
    [JsonStringEnumMemberName("workingDays")]
    WorkingDays,

    /// <summary>自然日: 24:00 China time of the N-th calendar day after the start's day.</summary>
    [JsonStringEnumMemberName("calendarDays")]
    CalendarDays,

    /// <summary>小时: exactly N hours after the start (an emergency deadline).</summary>
    [JsonStringEnumMemberName("hours")]
    Hours,
}
