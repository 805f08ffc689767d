using Workflow.Engine.Activities.Approval;

namespace Workflow.Casework;

/// <summary>How many leading digits of a 12-digit code each level owns; the rest are zeros.</summary>
internal static class DivisionCodes
{
    public static int Significant(string level) => level switch
    {
        "province" => 2,
        "city" => 4,
        "district" => 6,
        "township" => 9,
        _ => 12,
    };

    /// <summary>The digits a division owns; every descendant's code starts with them.</summary>
    public static string Prefix(string code, string level) => code[..Significant(level)];

    /// <summary>The level a bare code implies by its trailing zeros (used when the code is not in the tree).</summary>
    public static string InferLevel(string code) =>
        code[9..] != "000" ? "village"
        : code[6..9] != "000" ? "township"
        : code[4..6] != "00" ? "district"
        : code[2..4] != "00" ? "city"
        : "province";

    /// <summary>Null when the code is well-formed for its level, else the Chinese reason.</summary>
    public static string? ShapeProblem(string code, string level)
    {
        if (!Digits.IsDivisionCode(code))
        {
            return "区划代码应为12位数字";
        }
        if (!AdministrativeLevels.IsKnown(level))
        {
            return null; // reported on the level field
        }
        var keep = Significant(level);
        if (code[keep..].Any(c => c != '0'))
        {
            return $"{AdministrativeLevels.ChineseNames[level]}级区划代码第{keep + 1}位起应全为0";
        }
        var start = level switch
        {
            "province" => 0,
            "city" => 2,
            "district" => 4,
            "township" => 6,
            _ => 9,
        };
        return code[start..keep].All(c => c == '0') ? $"{AdministrativeLevels.ChineseNames[level]}级区划代码的本级代码段不能全为0" : null;
    }
}
