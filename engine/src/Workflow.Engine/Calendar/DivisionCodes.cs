namespace Workflow.Engine.Calendar;

/// <summary>
/// The subtree a 12-digit division code stands for. The code's levels are province (2) city (2) county (2)
/// township (3) village (3); trailing all-zero levels mean "everything below", so <c>500113000000</c> is the prefix
/// <c>500113</c>.
/// </summary>
internal static class DivisionCodes
{
    private static readonly int[] LevelEnds = [2, 4, 6, 9, 12];

    public static bool IsValid(string? code) => code is { Length: 12 } && code.All(char.IsAsciiDigit);

    /// <summary>A closure must name a real province or below; <c>00…</c> would close the whole country.</summary>
    public static bool IsValidSubtree(string? code) => IsValid(code) && !code!.StartsWith("00", StringComparison.Ordinal);

    public static string SubtreePrefix(string code)
    {
        foreach (var end in LevelEnds)
        {
            if (code.AsSpan(end).IndexOfAnyExcept('0') < 0)
            {
                return code[..end];
            }
        }
        return code;
    }

    /// <summary>Checks a caller's code: null means "national days only"; anything else must be 12 digits.</summary>
    public static string? Require(string? code, string parameterName) => code is null || IsValid(code)
        ? code
        : throw new ArgumentException($"行政区划代码必须是 12 位数字：'{code}'。", parameterName);
}
