using System.Collections.Frozen;
using Workflow.Engine.Activities.Approval;
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

    private static readonly FrozenDictionary<string, ActivityDescriptor> Table = new ActivityDescriptor[]
    {
        new() { TypeName = Flowchart, Behavior = new ContainerBehavior(), IsContainer = true },
        new() { TypeName = "Elsa.FlowNode", Behavior = new ContainerBehavior(), IsContainer = true },
        new() { TypeName = "Elsa.ParallelForEach", Behavior = new ParallelForEachBehavior(), IsContainer = true },
        new() { TypeName = "Elsa.Start", Behavior = PassThroughBehavior.Instance },
        new() { TypeName = "Elsa.End", Behavior = new EndBehavior(), IsTerminal = true },
        new() { TypeName = "Elsa.Finish", Behavior = new FinishBehavior(), IsTerminal = true },
        new() { TypeName = "Elsa.WriteLine", Behavior = new WriteLineBehavior() },
        new() { TypeName = "Elsa.SetVariable", Behavior = new SetVariableBehavior(), Compile = ElsaCompilers.SetVariable },
        new() { TypeName = "Elsa.FlowDecision", Behavior = new FlowDecisionBehavior(), Ports = _ => FlowDecisionBehavior.Ports },
        new() { TypeName = "Elsa.FlowSwitch", Behavior = new FlowSwitchBehavior(), Compile = ElsaCompilers.FlowSwitch, Ports = ElsaCompilers.SwitchPorts },
        new() { TypeName = "Elsa.FlowFork", Behavior = new FlowForkBehavior(), Compile = ElsaCompilers.FlowFork, Ports = ElsaCompilers.ForkPorts },
        new() { TypeName = "Elsa.FlowJoin", Behavior = PassThroughBehavior.Instance, Compile = ElsaCompilers.FlowJoin },
        new() { TypeName = "Elsa.Delay", Behavior = new TimerBehavior(), IsBlocking = true, Compile = ElsaCompilers.Delay },
        new() { TypeName = "Elsa.Timer", Behavior = new TimerBehavior(), IsBlocking = true, Compile = ElsaCompilers.Timer },
        new() { TypeName = "Elsa.Cron", Behavior = new TimerBehavior(), IsBlocking = true, Compile = ElsaCompilers.Cron },
        new() { TypeName = "Elsa.Event", Behavior = new EventBehavior(), IsBlocking = true, Compile = ElsaCompilers.Event },
        new() { TypeName = "Elsa.Fault", Behavior = new FaultBehavior(), IsTerminal = true, Ports = _ => [] },
        new()
        {
            TypeName = ApprovalTask, Behavior = new ApprovalTaskBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.ApprovalTask, Ports = ApprovalCompilers.ApprovalTaskPorts,
        },
        new()
        {
            TypeName = ApprovalChain, Behavior = new ApprovalChainBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.ApprovalChain, Ports = _ => ApprovalChainBehavior.Ports,
        },
        new()
        {
            TypeName = Referral, Behavior = new ReferralBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.Referral, Ports = ApprovalCompilers.ReferralPorts,
        },
        new()
        {
            TypeName = PublicNotice, Behavior = new PublicNoticeBehavior(), IsBlocking = true,
            Compile = ApprovalCompilers.PublicNotice, Ports = _ => PublicNoticeBehavior.Ports,
        },
    }.ToFrozenDictionary(d => d.TypeName, StringComparer.Ordinal);

    public static ActivityDescriptor? Find(string typeName) => Table.GetValueOrDefault(typeName);

    public static IEnumerable<string> Names => Table.Keys;
}
