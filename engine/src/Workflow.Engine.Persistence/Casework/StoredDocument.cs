namespace Workflow.Engine.Persistence.Casework;

/// <summary>A versioned JSON document, such as the organisation or the routing rules.</summary>
public sealed record StoredDocument(string Name, long Version, string Body, DateTimeOffset UpdatedAt, string UpdatedBy);
