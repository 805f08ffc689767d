using System.Text.Json.Nodes;
using Workflow.Engine.Activities;

namespace Workflow.Engine.Definitions;

/// <summary>One activity of a flowchart. The raw JSON stays alongside so nothing unknown is lost.</summary>
public sealed class ActivityNode
{
    public required string Id { get; init; }

    /// <summary>The colon-joined path from the root, unique in the whole graph.</summary>
    public required string NodeId { get; init; }

    public required string Type { get; init; }

    public string? Name { get; init; }

    /// <summary>The JSON path of this activity in the file, for validation messages.</summary>
    public required string JsonPath { get; init; }

    /// <summary>The activity object exactly as read.</summary>
    public required JsonObject Json { get; init; }

    /// <summary>The behaviour from the closed type table, or null when the type is unknown.</summary>
    public ActivityDescriptor? Descriptor { get; init; }

    /// <summary>The flowchart this activity runs as a container (a nested flowchart, a FlowNode body, a loop body).</summary>
    public Flowchart? Body { get; set; }

    /// <summary>The flowchart that holds this activity; null for the root.</summary>
    public Flowchart? Parent { get; set; }

    public int IndexInParent { get; set; }

    public bool CanStartWorkflow { get; init; }

    public MergeMode MergeMode { get; init; }

    public ActivityLogPersistence LogPersistence { get; init; } = ActivityLogPersistence.Inherit;

    /// <summary>Pre-parsed inputs, keyed by camelCase input name. Absent and null inputs are left out.</summary>
    public required IReadOnlyDictionary<string, Expression> Inputs { get; init; }

    /// <summary>Per-kind settings compiled once at load (cron schedule, fork branches, approval options).</summary>
    public object? Compiled { get; set; }

    public string DisplayName => string.IsNullOrEmpty(Name) ? Id : Name;

    public override string ToString() => $"{Id} ({Type})";
}
