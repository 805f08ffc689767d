using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application;

/// <summary>An application the caller may see: its row and its stored body.</summary>
public sealed record VisibleApplication(ApplicationRecord Record, StoredApplication Body);
