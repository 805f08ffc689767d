using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>Whether a registered division's code fits the level it declares, in the organisation editor's words.</summary>
internal static class DivisionCodes
{
    /// <summary>Null when the code is well-formed for its level, else the Chinese reason.</summary>
    public static string? ShapeProblem(string code, string level)
    {
        if (!DivisionCode.TryParse(code, out var division))
        {
            return "区划代码应为12位数字";
        }
        if (AdministrativeLevelNames.Parse(level) is not { } declared)
        {
            return null; // reported on the level field
        }
        var name = AdministrativeLevels.ChineseNames[level];
        if (division.Level < declared)
        {
            return $"{name}级区划代码第{division.Segment(declared).Length + 1}位起应全为0";
        }
        return division.Level > declared || division.IsNationwide ? $"{name}级区划代码的本级代码段不能全为0" : null;
    }
}
