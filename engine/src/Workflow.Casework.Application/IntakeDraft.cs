using Workflow.Casework.Application.Requests;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application;

/// <summary>A draft opened to resume: its list entry and the form as saved.</summary>
public sealed record IntakeDraft(IntakeDraftRecord Draft, ApplicationRequest Form);
