using Workflow.Casework.Application.Views;

namespace Workflow.Casework.Application.Operations;

/// <summary>
/// The case operations the engine and the host's grants would take from a person now
/// (<see cref="OperationOffers.ForCaseAsync"/>): 撤销, 终止, each clock's 暂停/恢复计时 and 延期, and the running 公示
/// that may receive an objection.
/// </summary>
public sealed record CaseOffers(bool Withdraw, bool Terminate, IReadOnlyList<ClockOffer> Clocks, IReadOnlyList<PublicNoticeView> Notices)
{
    public static CaseOffers None { get; } = new(false, false, [], []);

    public bool Any => Withdraw || Terminate || Clocks.Count > 0 || Notices.Count > 0;
}

/// <summary>One clock and what may be done to it.</summary>
public sealed record ClockOffer(ClockView Clock, bool Pause, bool Resume, bool Extend);
