namespace Workflow.Web.Definitions;

/// <summary>An activity in a <see cref="DefinitionDiff"/>; <see cref="Fields"/> lists the changed fields of a changed one.</summary>
public sealed record ActivityChange(string Id, string Type, string? Name, IReadOnlyList<string> Fields);
