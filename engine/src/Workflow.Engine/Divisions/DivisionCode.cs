using System.Diagnostics.CodeAnalysis;

namespace Workflow.Engine.Divisions;

/// <summary>
/// A national 12-digit administrative division code: province (2) city (2) county (2) township (3) village (3).
/// Trailing all-zero groups mean "the whole area above them", so <c>500113000000</c> is the district 巴南区 and every
/// code in it starts with <see cref="Prefix"/> <c>500113</c>. The only place that knows these rules: subtree tests work
/// on whole groups, never on trimmed zeros, so siblings such as <c>500110</c> and <c>500113</c> (or townships
/// <c>…010</c> and <c>…011</c>) never contain each other. <c>000000000000</c> is <see cref="Nationwide"/>: it
/// contains every code (a national rule or office); any other code must name a real province.
/// </summary>
public readonly record struct DivisionCode : IComparable<DivisionCode>
{
    public const int Length = 12;

    // Where each level's digits end, indexed by AdministrativeLevel (village 0 … province 4).
    private static readonly int[] Ends = [12, 9, 6, 4, 2];

    private readonly string? _value;

    private DivisionCode(string value) => _value = value;

    /// <summary><c>000000000000</c>: the whole country, above every province.</summary>
    public static DivisionCode Nationwide { get; } = new(new string('0', Length));

    public bool IsNationwide => Value.AsSpan().IndexOfAnyExcept('0') < 0;

    /// <summary>The 12 digits.</summary>
    public string Value => _value ?? throw new InvalidOperationException("An uninitialised DivisionCode has no value.");

    /// <summary>The lowest level whose group is not all zeros (<see cref="AdministrativeLevel.Province"/> for <see cref="Nationwide"/>).</summary>
    public AdministrativeLevel Level
    {
        get
        {
            var value = Value;
            for (var level = AdministrativeLevel.Village; level < AdministrativeLevel.Province; level++)
            {
                if (value.AsSpan(Ends[(int)level + 1], Ends[(int)level] - Ends[(int)level + 1]).IndexOfAnyExcept('0') >= 0)
                {
                    return level;
                }
            }
            return AdministrativeLevel.Province;
        }
    }

    /// <summary>The digits this division owns: every code in its subtree starts with them (a SQL <c>LIKE</c> prefix).</summary>
    public string Prefix => IsNationwide ? "" : Value[..Ends[(int)Level]];

    /// <summary>The division one level up whose subtree holds this one; <see cref="Nationwide"/> for a province.</summary>
    public DivisionCode? Parent =>
        IsNationwide ? null : Level == AdministrativeLevel.Province ? Nationwide : At(Level + 1);

    /// <summary>12 ASCII digits naming a real province or below, or <see cref="Nationwide"/>.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) =>
        text is { Length: Length } && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
        && (!text.StartsWith("00", StringComparison.Ordinal) || text.AsSpan().IndexOfAnyExcept('0') < 0);

    public static bool TryParse([NotNullWhen(true)] string? text, out DivisionCode code)
    {
        code = IsValid(text) ? new DivisionCode(text) : default;
        return code._value is not null;
    }

    /// <summary>The code, or null when <paramref name="text"/> is not one.</summary>
    public static DivisionCode? From(string? text) => TryParse(text, out var code) ? code : null;

    /// <exception cref="FormatException">When <paramref name="text"/> is not 12 digits of a real province or below.</exception>
    public static DivisionCode Parse(string? text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"行政区划代码必须是 12 位数字，省级代码不为 00（全国为 000000000000）：'{text}'。");

    /// <summary>
    /// The office at <paramref name="level"/> that this division belongs to: the code cut to that level's digits and
    /// padded with zeros. A level below this code's own gives the code itself.
    /// </summary>
    public DivisionCode At(AdministrativeLevel level) => new(Value[..Ends[(int)level]].PadRight(Length, '0'));

    /// <summary>How many leading digits name a division at <paramref name="level"/> (a township's are the first nine): for SQL that groups by level.</summary>
    public static int DigitsAt(AdministrativeLevel level) => Ends[(int)level];

    /// <summary>
    /// The division named by <paramref name="digits"/>, the leading <see cref="DigitsAt"/> digits of some level (as SQL
    /// grouped them), padded with zeros; null when that is not a code.
    /// </summary>
    public static DivisionCode? FromDigits(string? digits) => digits is { Length: <= Length } ? From(digits.PadRight(Length, '0')) : null;

    /// <summary>The digits this division has in common with every other at <paramref name="level"/>: <c>500113</c> at district.</summary>
    public string Segment(AdministrativeLevel level) => Value[..Ends[(int)level]];

    /// <summary>Whether both lie in the same division at <paramref name="level"/> (the same district, the same province).</summary>
    public bool SameAt(DivisionCode other, AdministrativeLevel level) => Segment(level) == other.Segment(level);

    /// <summary>Whether <paramref name="other"/> is this division or lies in its subtree.</summary>
    public bool Contains(DivisionCode other) => other.Value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> is a valid code in this division's subtree.</summary>
    public bool Contains(string? text) => TryParse(text, out var other) && Contains(other);

    /// <summary>Strictly above: <paramref name="other"/> lies in this subtree and is not this division.</summary>
    public bool IsAbove(DivisionCode other) => other != this && Contains(other);

    public int CompareTo(DivisionCode other) => string.CompareOrdinal(_value, other._value);

    public override string ToString() => _value ?? "";

    /// <summary>Whether two codes, either possibly invalid, are the same division.</summary>
    public static bool SameDivision(string? a, string? b) => TryParse(a, out var x) && TryParse(b, out var y) && x == y;

    /// <summary>Whether any of <paramref name="scopes"/> contains <paramref name="code"/> (invalid entries contain nothing).</summary>
    public static bool AnyContains(IEnumerable<string> scopes, string? code) =>
        TryParse(code, out var target) && scopes.Any(s => TryParse(s, out var scope) && scope.Contains(target));
}
