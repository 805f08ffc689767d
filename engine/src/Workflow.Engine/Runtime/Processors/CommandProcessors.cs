using System.Collections.Frozen;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// The one list of command processors, keyed by command type. Processors hold no state, so one instance of each
/// serves every executor; a command type missing here is refused as unknown.
/// </summary>
internal static class CommandProcessors
{
    private static readonly FrozenDictionary<Type, ICommandProcessor> ByType = new ICommandProcessor[]
    {
        new StartInstanceProcessor(),
        new RecordDecisionProcessor(),
        new RecordDepartmentReplyProcessor(),
        new FireTimerProcessor(),
        new RaiseEventProcessor(),
        new ResumeBookmarkProcessor(),
        new RecordObjectionProcessor(),
        new PauseClockProcessor(),
        new ResumeClockProcessor(),
        new ExtendDeadlineProcessor(),
        new ClaimTaskProcessor(),
        new ReleaseTaskProcessor(),
        new EndCoverProcessor(),
        new TransferTaskProcessor(),
        new DelegateTaskProcessor(),
        new AddSignerProcessor(),
        new RemoveSignerProcessor(),
        new RequestSupplementProcessor(),
        new SupplySupplementProcessor(),
        new WithdrawTaskProcessor(),
        new CancelInstanceProcessor(),
        new UrgeTaskProcessor(),
        new CopyTaskProcessor(),
        new SuperviseTaskProcessor(),
        new RecordDeliberationProcessor(),
    }.ToFrozenDictionary(p => p.CommandType);

    /// <summary>The processor for exactly this command type (commands are sealed records, so no base-type lookup).</summary>
    public static ICommandProcessor? For(Type commandType) => ByType.GetValueOrDefault(commandType);
}
