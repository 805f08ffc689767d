using System.Globalization;
using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>
/// 18-digit 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd = male) and a
/// mod-11 check digit (0–9 or X). Clerks type these by hand, so every failure says which rule broke.
/// </summary>
public static class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    // First two digits of the region code: the 34 province-level units (71 台湾, 81 香港, 82 澳门, 83 港澳台居民居住证).
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    /// <summary>Null when valid, else a Chinese message such as "身份证号校验位错误". Today is the China day on the system clock.</summary>
    public static string? Validate(string? value) => Validate(value, TimeProvider.System);

    /// <summary>As <see cref="Validate(string?)"/>, with today taken from <paramref name="time"/>.</summary>
    public static string? Validate(string? value, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Validate(value, ChinaTime.DayOf(time.GetUtcNow()));
    }

    /// <summary>Null when valid, else a Chinese message; <paramref name="today"/> bounds the birth date.</summary>
    public static string? Validate(string? value, DateOnly today) =>
        Check(value, today) is { } problem ? Describe(problem) : null;

    public static bool IsValid(string? value, DateOnly today) => Check(value, today) is null;

    /// <summary>The first rule the number breaks, or null. A lower-case x is accepted as the check digit X.</summary>
    public static IdNumberProblem? Check(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return IdNumberProblem.Missing;
        }
        var id = Normalize(value);
        if (id.Length != 18)
        {
            return IdNumberProblem.WrongLength;
        }
        if (!Digits.All(id.AsSpan(0, 17)) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return IdNumberProblem.BadCharacters;
        }
        if (!Provinces.Contains(id[..2]))
        {
            return IdNumberProblem.UnknownRegion;
        }
        if (ParseBirthDate(id) is not { } birth)
        {
            return IdNumberProblem.InvalidBirthDate;
        }
        if (birth > today)
        {
            return IdNumberProblem.BirthDateInFuture;
        }
        return ComputeCheckDigit(id.AsSpan(0, 17)) == id[17] ? null : IdNumberProblem.WrongCheckDigit;
    }

    /// <summary>
    /// The Chinese message for a problem; <paramref name="subject"/> names the field, for example
    /// "家庭成员第2人的身份证号", so the clerk sees which of several numbers is wrong.
    /// </summary>
    public static string Describe(IdNumberProblem problem, string subject = "身份证号") => problem switch
    {
        IdNumberProblem.Missing => $"{subject}不能为空",
        IdNumberProblem.WrongLength => $"{subject}应为18位",
        IdNumberProblem.BadCharacters => $"{subject}前17位应为数字，最后一位应为数字或X",
        IdNumberProblem.UnknownRegion => $"{subject}的地区码无效",
        IdNumberProblem.InvalidBirthDate => $"{subject}中的出生日期无效",
        IdNumberProblem.BirthDateInFuture => $"{subject}中的出生日期晚于今天",
        IdNumberProblem.WrongCheckDigit => $"{subject}校验位错误",
        _ => $"{subject}无效",
    };

    /// <summary>Trimmed and with a lower-case check digit x upper-cased; the form stored and compared for 回避.</summary>
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    /// <summary>The mod-11 check character for the first 17 digits.</summary>
    public static char ComputeCheckDigit(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || !Digits.All(first17))
        {
            throw new ArgumentException($"Expected 17 digits, but got '{first17}'.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckDigits[sum % 11];
    }

    /// <summary>The 6-digit region code (户籍 at issue), or null when the number has the wrong shape.</summary>
    public static string? Region(string? value) => Shape(value) is { } id ? id[..6] : null;

    /// <summary>The birth date, or null when the number has the wrong shape or no real date.</summary>
    public static DateOnly? BirthDate(string? value) => Shape(value) is { } id ? ParseBirthDate(id) : null;

    /// <summary>The sex from the 17th digit, or null when the number has the wrong shape.</summary>
    public static Sex? SexOf(string? value) => Shape(value) is { } id ? ((id[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female) : null;

    private static string? Shape(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var id = Normalize(value);
        return id.Length == 18 && Digits.All(id.AsSpan(0, 17)) ? id : null;
    }

    private static DateOnly? ParseBirthDate(string id) =>
        DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && day.Year >= 1900 ? day : null;
}
