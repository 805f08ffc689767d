using System.Globalization;

namespace Workflow.Casework.Benefits;

/// <summary>
/// A calendar month of the ledger (China time). Benefits are paid per month, and start and stop at month boundaries:
/// "from the month after approval", "from the month after the event". Written <c>yyyy-MM</c>.
/// </summary>
public readonly record struct LedgerMonth : IComparable<LedgerMonth>
{
    private LedgerMonth(int index) => Index = index;

    /// <summary>Months since January of year 0: one number, so ordering and arithmetic need no carry.</summary>
    public int Index { get; }

    public int Year => Index / 12;

    public int Month => Index % 12 + 1;

    public static LedgerMonth Of(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new LedgerMonth(year * 12 + month - 1);
    }

    public static LedgerMonth Of(DateOnly day) => Of(day.Year, day.Month);

    /// <summary>The month after <paramref name="day"/>'s: where the ledger's default start and stop rules land.</summary>
    public static LedgerMonth After(DateOnly day) => Of(day).Next();

    public LedgerMonth Next() => AddMonths(1);

    public LedgerMonth AddMonths(int months) => new(Index + months);

    public DateOnly FirstDay => new(Year, Month, 1);

    public static bool TryParse(string? text, out LedgerMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year < 1 || m is < 1 or > 12)
        {
            return false;
        }
        month = Of(year, m);
        return true;
    }

    public static LedgerMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"Expected a month as yyyy-MM, but got '{text}'.");

    public int CompareTo(LedgerMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(LedgerMonth left, LedgerMonth right) => left.Index < right.Index;

    public static bool operator >(LedgerMonth left, LedgerMonth right) => left.Index > right.Index;

    public static bool operator <=(LedgerMonth left, LedgerMonth right) => left.Index <= right.Index;

    public static bool operator >=(LedgerMonth left, LedgerMonth right) => left.Index >= right.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
