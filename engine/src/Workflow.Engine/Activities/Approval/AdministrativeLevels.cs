using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// Levels of the national 12-digit division code: province (2) city (2) county (2) township (3) village (3).
/// An office at a level is the case's code cut to that level and padded with zeros.
/// </summary>
public static class AdministrativeLevels
{
    public static readonly IReadOnlyList<string> All = ["province", "city", "district", "township", "village"];

    public static readonly IReadOnlyDictionary<string, string> ChineseNames = new Dictionary<string, string>
    {
        ["province"] = "省",
        ["city"] = "市",
        ["district"] = "区/县",
        ["township"] = "乡镇/街道",
        ["village"] = "村/社区",
    };

    public static bool IsKnown(string level) => ChineseNames.ContainsKey(level);

    /// <summary>How high a level is: village 0, township 1, district 2, city 3, province 4.</summary>
    public static int Rank(string level) => level switch
    {
        "village" => 0,
        "township" => 1,
        "district" => 2,
        "city" => 3,
        "province" => 4,
        _ => int.MaxValue,
    };

    public static string? DivisionAt(string? divisionCode, string level)
    {
        if (divisionCode is not { Length: 12 } || !divisionCode.All(char.IsAsciiDigit))
        {
            return null;
        }
        var keep = level switch
        {
            "province" => 2,
            "city" => 4,
            "district" => 6,
            "township" => 9,
            _ => 12,
        };
        return divisionCode[..keep].PadRight(12, '0');
    }
}
