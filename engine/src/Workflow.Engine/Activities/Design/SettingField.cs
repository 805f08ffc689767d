namespace Workflow.Engine.Activities.Design;

/// <summary>
/// One field of the designer's settings panel. <see cref="Name"/> names the form control (<c>field-{name}</c>);
/// <see cref="Input"/> is the activity input it edits, and <see cref="Property"/> one property of it when the input is
/// an Object (<c>candidate.post</c>).
/// </summary>
public sealed record SettingField(string Name, string Label, string Input, FieldEditor Editor)
{
    public string? Property { get; init; }

    /// <summary>The Elsa type name written with a Literal or JavaScript value.</summary>
    public string TypeName { get; init; } = "String";

    /// <summary>What a List field shows while its input is absent (the engine's default).</summary>
    public IReadOnlyList<string> Fallback { get; init; } = [];

    /// <summary>What a Choice field shows while its value is absent.</summary>
    public string? Default { get; init; }

    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>The cells of a <see cref="FieldEditor.Table"/> row (Text, Number or Choice); a Number cell is a plain number.</summary>
    public IReadOnlyList<SettingField> Columns { get; init; } = [];
}
