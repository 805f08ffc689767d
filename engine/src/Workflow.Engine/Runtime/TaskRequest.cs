using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Runtime;

/// <summary>
/// What an activity asks for when it opens a task. <paramref name="ServiceItem"/> overrides the case's
/// <c>serviceItem</c>; <paramref name="SignMode"/>, <paramref name="Signers"/> and <paramref name="Threshold"/> make it a
/// multi-signer step; <paramref name="Resolved"/> skips the resolver (a reopened step keeps its candidates).
/// <paramref name="TimeLimitWorkingDays"/> counts in <paramref name="TimeLimitUnit"/>.
/// </summary>
internal sealed record TaskRequest(
    TaskKind Kind,
    string Title,
    TaskAssignee Assignee,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    int? TimeLimitWorkingDays,
    int? ChainStep = null,
    string? ServiceItem = null,
    string? SignMode = null,
    IReadOnlyList<string>? Signers = null,
    double? Threshold = null,
    Assignment? Resolved = null,
    TimeLimitUnit TimeLimitUnit = TimeLimitUnit.WorkingDays);
