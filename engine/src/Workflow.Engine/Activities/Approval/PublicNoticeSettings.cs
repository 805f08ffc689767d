using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary><c>Gov.PublicNotice</c> settings: the notice runs for <paramref name="Days"/> calendar days.</summary>
internal sealed record PublicNoticeSettings(string Title, int Days);
