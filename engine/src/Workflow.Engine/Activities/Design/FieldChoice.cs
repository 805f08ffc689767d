namespace Workflow.Engine.Activities.Design;

/// <summary>One option of a <see cref="FieldEditor.Choice"/> field: the stored value and its Chinese label.</summary>
public sealed record FieldChoice(string Value, string Label);
