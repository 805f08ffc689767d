using System.Globalization;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>Valid 18-digit 身份证 numbers for test people: region, birth date, a sequence and the GB 11643 check digit.</summary>
public static class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckDigits = "10X98765432";

    public static string Make(string region, string birth, int sequence)
    {
        var body = region + birth + sequence.ToString("D3", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + CheckDigits[sum % 11];
    }

    /// <summary>The same number with a wrong check digit.</summary>
    public static string Broken(string valid) => valid[..17] + (valid[17] == '0' ? '1' : '0');
}
