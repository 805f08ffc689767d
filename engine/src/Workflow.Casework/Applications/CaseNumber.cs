using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>
/// The number printed on the 受理回执: the window's 6-digit county code, the China date and a daily sequence,
/// e.g. <c>510722-20261122-00017</c>. The sequence comes from the caller's store (one counter per window district
/// and day); this type only formats and recognises it.
/// </summary>
public static partial class CaseNumber
{
    public static string Format(string windowDivisionCode, DateOnly day, long sequence)
    {
        if (!DivisionCode.TryParse(windowDivisionCode, out var window))
        {
            throw new ArgumentException($"Expected a 12-digit division code, but got '{windowDivisionCode}'.", nameof(windowDivisionCode));
        }
        if (sequence < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "Expected a sequence of 1 or more.");
        }
        return string.Create(CultureInfo.InvariantCulture, $"{SequenceKey(window, day)}-{sequence:D5}");
    }

    /// <summary>The counter a number is drawn from: the window's district and the China date, <c>510722-20261122</c>.</summary>
    public static string SequenceKey(DivisionCode window, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{window.Segment(AdministrativeLevel.District)}-{day:yyyyMMdd}");

    /// <summary>Whether <paramref name="value"/> has the shape produced by <see cref="Format"/>.</summary>
    public static bool IsValid(string? value) =>
        value is not null && Shape().Match(value) is { Success: true } m
        && DateOnly.TryParseExact(m.Groups[1].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{6}-(\d{8})-\d{5,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
