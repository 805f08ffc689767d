namespace Workflow.Casework.Tests;

/// <summary>Builds real-format ID numbers; the checksum is computed here independently of the code under test.</summary>
internal static class TestIds
{
    public static string Make(string region, string birth, int sequence)
    {
        var first17 = region + birth + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>Same number with a different (wrong) check character.</summary>
    public static string BreakCheck(string id) => id[..17] + (id[17] == '0' ? '1' : '0');
}
