using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary><c>Gov.ApprovalChain</c> settings: the service item (the routing key) and every level the chain may use.</summary>
internal sealed record ChainSettings(string ServiceItem, IReadOnlyList<ChainLevel> Levels, IReadOnlyList<string> CommentRequiredFor);
