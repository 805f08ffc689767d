using System.Globalization;
using Workflow.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// A list's date range as people type it (<c>2026-03-02</c>, Beijing days, both ends included) and as the SQL takes it
/// (from 0:00 of the first day, before 0:00 of the day after the last).
/// </summary>
public static class ListDates
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The 受理/创建 date range (<c>from</c>, <c>to</c>).</summary>
    public static (DateTimeOffset? From, DateTimeOffset? Before) Parse(string? from, string? to, List<FieldError> errors) =>
        Parse(from, to, errors, ("from", "起始日期"), ("to", "截止日期"));

    /// <summary>A range of named fields, e.g. a step's deadline (<c>dueFrom</c> 期限自, <c>dueTo</c> 期限至).</summary>
    public static (DateTimeOffset? From, DateTimeOffset? Before) Parse(string? from, string? to, List<FieldError> errors,
        (string Field, string Label) fromField, (string Field, string Label) toField)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var start = Day(from, fromField.Field, fromField.Label, errors);
        var end = Day(to, toField.Field, toField.Label, errors);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(new FieldError(toField.Field, $"{toField.Label}不能早于{fromField.Label}。"));
        }
        return (start is { } a ? ChinaTime.EndOf(a.AddDays(-1)) : null, end is { } b ? ChinaTime.EndOf(b) : null);
    }

    private static DateOnly? Day(string? text, string field, string label, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        errors.Add(new FieldError(field, $"{label}格式应为 年-月-日，例如 2026-03-02。"));
        return null;
    }
}
