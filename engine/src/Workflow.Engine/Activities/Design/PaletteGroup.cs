namespace Workflow.Engine.Activities.Design;

/// <summary>A heading of the designer's palette: a stable code and its Chinese label. <see cref="All"/> is the palette's order.</summary>
public sealed record PaletteGroup(string Code, string Label)
{
    public static readonly PaletteGroup Approval = new("approval", "审批环节");
    public static readonly PaletteGroup Flow = new("flow", "流程控制");
    public static readonly PaletteGroup Waiting = new("waiting", "等待");
    public static readonly PaletteGroup Ending = new("ending", "结束");

    public static IReadOnlyList<PaletteGroup> All { get; } = [Approval, Flow, Waiting, Ending];
}
