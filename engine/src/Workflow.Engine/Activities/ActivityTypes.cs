using System.Collections.Frozen;
using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Activities.Design;
using Workflow.Engine.Activities.Elsa;

namespace Workflow.Engine.Activities;

/// <summary>
/// The closed table of activity types. A type name in a file is only ever looked up here: no file can name a CLR type
/// or load code.
/// </summary>
public static class ActivityTypes
{
    public const string Flowchart = "Elsa.Flowchart";
    public const string ApprovalTask = "Gov.ApprovalTask";
    public const string ApprovalChain = "Gov.ApprovalChain";
    public const string Referral = "Gov.Referral";
    public const string PublicNotice = "Gov.PublicNotice";
    public const string FollowUpVisits = "Gov.FollowUpVisits";

    /// <summary>
    /// Every row, in the order the designer's palette lists them within a group. A new type is one row here: its
    /// behaviour, compile step and ports for the engine, its label and <see cref="ActivityDesign"/> for the designer.
    /// </summary>
    public static IReadOnlyList<ActivityDescriptor> All { get; } =
    [
        new() { TypeName = Flowchart, Label = "流程图", Behavior = new ContainerBehavior(), IsContainer = true, Design = ElsaDesigns.Flowchart },
        new() { TypeName = "Elsa.FlowNode", Label = "流程节点", Behavior = new ContainerBehavior(), IsContainer = true },
        new() { TypeName = "Elsa.ParallelForEach", Label = "并行循环", Behavior = new ParallelForEachBehavior(), IsContainer = true },
        new() { TypeName = "Elsa.Start", Label = "开始", Behavior = PassThroughBehavior.Instance, Design = ElsaDesigns.Start },
        new() { TypeName = "Elsa.End", Label = "办结", Behavior = new EndBehavior(), IsTerminal = true, Design = ElsaDesigns.End },
        new() { TypeName = "Elsa.Finish", Label = "结束流程", Behavior = new FinishBehavior(), IsTerminal = true },
        new() { TypeName = "Elsa.WriteLine", Label = "输出文本", Behavior = new WriteLineBehavior() },
        new() { TypeName = "Elsa.SetVariable", Label = "设置变量", Behavior = new SetVariableBehavior(), Compile = ElsaCompilers.SetVariable },
        new()
        {
            TypeName = "Elsa.FlowDecision", Label = "条件判断", Behavior = new FlowDecisionBehavior(), Ports = _ => FlowDecisionBehavior.Ports,
            Design = ElsaDesigns.FlowDecision,
        },
        new()
        {
            TypeName = "Elsa.FlowSwitch", Label = "多路分支", Behavior = new FlowSwitchBehavior(), Compile = ElsaCompilers.FlowSwitch,
            Ports = ElsaCompilers.SwitchPorts, Design = ElsaDesigns.FlowSwitch,
        },
        new()
        {
            TypeName = "Elsa.FlowFork", Label = "并行分支", Behavior = new FlowForkBehavior(), Compile = ElsaCompilers.FlowFork,
            Ports = ElsaCompilers.ForkPorts, Design = ElsaDesigns.FlowFork,
        },
        new()
        {
            TypeName = "Elsa.FlowJoin", Label = "汇聚", Behavior = PassThroughBehavior.Instance, Compile = ElsaCompilers.FlowJoin,
            Design = ElsaDesigns.FlowJoin,
        },
        new()
        {
            TypeName = "Elsa.Delay", Label = "定时等待", Behavior = new TimerBehavior(), IsBlocking = true, Compile = ElsaCompilers.Delay,
            Design = ElsaDesigns.Delay,
        },
        new() { TypeName = "Elsa.Timer", Label = "周期定时", Behavior = new TimerBehavior(), IsBlocking = true, Compile = ElsaCompilers.Timer },
        new() { TypeName = "Elsa.Cron", Label = "定时计划", Behavior = new TimerBehavior(), IsBlocking = true, Compile = ElsaCompilers.Cron },
        new() { TypeName = "Elsa.Event", Label = "等待事件", Behavior = new EventBehavior(), IsBlocking = true, Compile = ElsaCompilers.Event },
        new() { TypeName = "Elsa.Fault", Label = "异常终止", Behavior = new FaultBehavior(), IsTerminal = true, Ports = _ => [] },
        new()
        {
            TypeName = ApprovalTask, Label = "审批任务", Behavior = new ApprovalTaskBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.ApprovalTask, Ports = ApprovalCompilers.ApprovalTaskPorts, Design = ApprovalDesigns.ApprovalTask,
        },
        new()
        {
            TypeName = ApprovalChain, Label = "逐级审批", Behavior = new ApprovalChainBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.ApprovalChain, Ports = _ => ApprovalChainBehavior.Ports, Design = ApprovalDesigns.ApprovalChain,
        },
        new()
        {
            TypeName = Referral, Label = "部门协办", Behavior = new ReferralBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.Referral, Ports = ApprovalCompilers.ReferralPorts, Design = ApprovalDesigns.Referral,
        },
        new()
        {
            TypeName = PublicNotice, Label = "公示", Behavior = new PublicNoticeBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.PublicNotice, Ports = _ => PublicNoticeBehavior.Ports, Design = ApprovalDesigns.PublicNotice,
        },
        new()
        {
            TypeName = FollowUpVisits, Label = "定期随访", Behavior = new FollowUpVisitsBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.FollowUpVisits, Ports = _ => FollowUpVisitsBehavior.Ports, Design = ApprovalDesigns.FollowUpVisits,
        },
    ];

    private static readonly FrozenDictionary<string, ActivityDescriptor> Table = All.ToFrozenDictionary(d => d.TypeName, StringComparer.Ordinal);

    public static ActivityDescriptor? Find(string typeName) => Table.GetValueOrDefault(typeName);

    public static IEnumerable<string> Names => Table.Keys;

    /// <summary>The types the designer's palette offers under <paramref name="group"/>, in table order.</summary>
    public static IReadOnlyList<ActivityDescriptor> Offered(PaletteGroup group) => [.. All.Where(d => d.Design.Group == group)];
}
