using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// A case: where it stands, its input and variables, and every task it opened (open ones first).
/// <paramref name="DivisionCode"/> is the case's (<see cref="CaseDivision.Of"/>); <paramref name="ApplicantName"/> is read
/// from the input for lists.
/// </summary>
public sealed record InstanceView(
    string InstanceId,
    string DefinitionId,
    int DefinitionVersion,
    WorkflowSubStatus Status,
    string StatusName,
    long Version,
    string? DivisionCode,
    string? ApplicantName,
    JsonObject? Input,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<IncidentView> Incidents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The 公示 running now: objections are recorded against one of these bookmarks.</summary>
    public IReadOnlyList<PublicNoticeView> PublicNotices { get; init; } = [];

    /// <summary>The legal clocks running now (the case's and each open step's).</summary>
    public IReadOnlyList<ClockView> Clocks { get; init; } = [];

    /// <summary>Shown to someone who sees the case only as its supervisor: facts, no personal data (<see cref="FactsOnly"/>).</summary>
    public bool OnlyFacts { get; init; }

    [JsonIgnore]
    public IEnumerable<TaskView> OpenTasks => Tasks.Where(t => t.Status == TaskLifecycle.Open);

    /// <summary>
    /// The case as a supervisor (督办) sees it: where it lies, its steps, offices, deadlines and outcomes; no applicant,
    /// input, variables or opinions.
    /// </summary>
    public InstanceView FactsOnly() => this with
    {
        ApplicantName = null,
        Input = DivisionCode is { } division ? new JsonObject { [CaseInputKeys.DivisionCode] = division } : null,
        Variables = new Dictionary<string, JsonNode?>(),
        Tasks = Tasks.Select(t => t.FactsOnly()).ToList(),
        OnlyFacts = true,
    };

    public static InstanceView From(IInstanceView instance)
    {
        var status = StatusOf(instance);
        return new(
            instance.InstanceId,
            instance.DefinitionId,
            instance.DefinitionVersion,
            status,
            StatusNames.Of(status),
            instance.Version,
            CaseDivision.Of(instance),
            CaseValues.Text(instance.Input, CaseInputKeys.ApplicantName),
            PersonalInput.Masked(instance.Input),
            PersonalInput.Masked(instance.Variables),
            instance.Tasks.Values
                .Select(t => TaskView.From(instance.InstanceId, t))
                .OrderBy(t => t.Status == TaskLifecycle.Open ? 0 : 1)
                .ThenBy(t => t.OpenedAt)
                .ToList(),
            instance.Incidents.Select(i => new IncidentView(i.NodeId, i.Code, i.Message, i.At)).ToList(),
            instance.CreatedAt,
            instance.UpdatedAt)
        {
            PublicNotices = instance.Bookmarks.Values.Where(b => b.Kind == BookmarkKind.Notice)
                .Select(b => new PublicNoticeView(b.BookmarkId, b.ActivityId, b.Name, b.DueAt)).ToList(),
            Clocks = instance.Clocks.Values.Select(c => new ClockView(c.ClockId, c.TaskId, c.Unit, c.DueAt, c.PausedAt, c.PauseReason)).ToList(),
        };
    }

    /// <summary>
    /// The engine keeps a running instance at Executing between commands; like its simulator, we call an instance
    /// that waits on a bookmark Suspended (Elsa's word for "waiting for a person, a timer or an event").
    /// </summary>
    private static WorkflowSubStatus StatusOf(IInstanceView instance) =>
        instance.IsFinished ? instance.SubStatus
        : instance.Bookmarks.Count > 0 ? WorkflowSubStatus.Suspended
        : WorkflowSubStatus.Executing;
}
