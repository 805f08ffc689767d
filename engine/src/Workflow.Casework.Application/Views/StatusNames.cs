using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// The one vocabulary of case states, for lists, pages, filters, the dashboard and exports: each group of stored states
/// people call one thing (a running case is stored as Executing or Suspended, and both are 办理中), with the key the
/// filters put in a URL. Every state is in exactly one group (a test reads the enum).
/// </summary>
public static class StatusNames
{
    public const string Unknown = "未知状态";

    public static IReadOnlyList<StatusGroup> Groups { get; } =
    [
        new("open", "办理中", [WorkflowSubStatus.Executing, WorkflowSubStatus.Suspended]),
        new("finished", "已办结", [WorkflowSubStatus.Finished]),
        new("withdrawn", "已撤销", [WorkflowSubStatus.Withdrawn, WorkflowSubStatus.Cancelled]),
        new("terminated", "已终止", [WorkflowSubStatus.Terminated]),
        new("lapsed", "逾期未补正", [WorkflowSubStatus.ClosedForMissingMaterial]),
        new("faulted", "异常", [WorkflowSubStatus.Faulted]),
    ];

    /// <summary>The group holding <paramref name="status"/>; null only for a state missing from the table (a test keeps none).</summary>
    public static StatusGroup? GroupOf(WorkflowSubStatus status) => Groups.FirstOrDefault(g => g.Statuses.Contains(status));

    /// <summary>A stored status code (<see cref="WorkflowSubStatus"/> name)'s group.</summary>
    public static StatusGroup? GroupOfCode(string? status) =>
        Enum.TryParse<WorkflowSubStatus>(status, ignoreCase: false, out var parsed) ? GroupOf(parsed) : null;

    public static string Of(WorkflowSubStatus status) => GroupOf(status)?.Name ?? Unknown;

    /// <summary>A stored status code (<see cref="WorkflowSubStatus"/> name) in Chinese.</summary>
    public static string OfCode(string? status) => GroupOfCode(status)?.Name ?? Unknown;
}

/// <summary>One name of <see cref="StatusNames"/>: its URL key, its Chinese name and the stored states it covers.</summary>
public sealed record StatusGroup(string Key, string Name, IReadOnlyList<WorkflowSubStatus> Statuses);
