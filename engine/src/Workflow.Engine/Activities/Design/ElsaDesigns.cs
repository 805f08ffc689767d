using System.Text.Json.Nodes;
using Workflow.Engine.Activities.Elsa;

namespace Workflow.Engine.Activities.Design;

/// <summary>The designer's view of the Elsa activities it offers or draws specially.</summary>
internal static class ElsaDesigns
{
    public static ActivityDesign Start { get; } = new() { IsStart = true };

    public static ActivityDesign End { get; } = new() { Group = PaletteGroup.Ending };

    /// <summary>A nested flowchart (子流程): offered so the designer can drill into it and edit its own activities.</summary>
    public static ActivityDesign Flowchart { get; } = new() { Group = PaletteGroup.Flow };

    public static ActivityDesign FlowDecision { get; } = new()
    {
        Group = PaletteGroup.Flow,
        Ports = PortRule.Fixed(FlowDecisionBehavior.Ports),
        Defaults = [InputDefault.Script("condition", "Boolean", "return true;")],
        Fields = [new("condition", "条件（JavaScript，返回 true/false）", "condition", FieldEditor.Script) { TypeName = "Boolean" }],
    };

    public static ActivityDesign FlowSwitch { get; } = new()
    {
        Ports = PortRule.FromCaseLabels("cases", ["Default"]),
        Fields =
        [
            new("cases", "分支条件（依次判断，都不满足时走默认分支）", "cases", FieldEditor.OwnTable)
            {
                Columns =
                [
                    new("label", "分支名称", "label", FieldEditor.Text),
                    new("condition", "条件（JavaScript，返回 true/false）", "condition", FieldEditor.Script) { TypeName = "Boolean" },
                ],
            },
        ],
    };

    public static ActivityDesign FlowFork { get; } = new()
    {
        Group = PaletteGroup.Flow,
        Ports = PortRule.FromInputList("branches", []),
        Defaults = [InputDefault.Object("branches", new JsonArray("分支1", "分支2"))],
        Fields = [new("branches", "分支名称（逗号分隔）", "branches", FieldEditor.List)],
    };

    /// <summary>
    /// A new join is written waiting for all branches; a join read without a mode shows WaitAny, which is what the
    /// engine runs for it (<see cref="ElsaCompilers.FlowJoin"/>), so the panel never claims a mode the engine does not use.
    /// </summary>
    public static ActivityDesign FlowJoin { get; } = new()
    {
        Group = PaletteGroup.Flow,
        Defaults = [InputDefault.Literal("mode", "String", "WaitAll")],
        Fields =
        [
            new("mode", "汇聚方式", "mode", FieldEditor.Choice)
            {
                Default = "WaitAny",
                Choices = [new("WaitAll", "等待全部分支"), new("WaitAny", "任一分支到达"), new("WaitAllActive", "等待已激活分支")],
            },
        ],
    };

    public static ActivityDesign Delay { get; } = new()
    {
        Group = PaletteGroup.Waiting,
        Defaults = [InputDefault.Literal("timeSpan", "TimeSpan", "1.00:00:00")],
        Fields = [new("timeSpan", "等待时长（天.时:分:秒）", "timeSpan", FieldEditor.Text) { TypeName = "TimeSpan" }],
    };
}
