using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>One inbox row: the task and its case as the caller may see it.</summary>
public sealed record InboxEntry(TaskRow Task, InstanceView Case);
