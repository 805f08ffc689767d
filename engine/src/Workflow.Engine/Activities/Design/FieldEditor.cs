namespace Workflow.Engine.Activities.Design;

/// <summary>How a settings field edits its input.</summary>
public enum FieldEditor
{
    /// <summary>A text box over a Literal input of the field's type name, or over one property of an Object input.</summary>
    Text,

    /// <summary>A number box over an <c>Int32</c> Literal input.</summary>
    Number,

    /// <summary>A choice among <see cref="SettingField.Choices"/>, over a Literal input or one property of an Object input.</summary>
    Choice,

    /// <summary>A comma-separated list over an Object input holding a string array; empty removes the input.</summary>
    List,

    /// <summary>A text area holding the JSON of an Object input as typed.</summary>
    Json,

    /// <summary>A text area holding a JavaScript expression of the field's type name.</summary>
    Script,

    /// <summary>
    /// A table over an Object input holding an array of objects: one row per entry, one cell per
    /// <see cref="SettingField.Columns"/> field, whose <see cref="SettingField.Input"/> names the entry's property.
    /// </summary>
    Table,

    /// <summary>
    /// A table like <see cref="Table"/> over an array the activity holds itself rather than as an input (a switch's
    /// <c>cases</c>: <c>label</c> and a JavaScript <c>condition</c>, a <see cref="Script"/> column).
    /// </summary>
    OwnTable,

    /// <summary>
    /// Some of the node's own outcomes (its ports), one check box each with the outcome's Chinese name, over an Object
    /// input holding a string array (意见规则: the outcomes that require an opinion); <see cref="SettingField.Fallback"/>
    /// is what an absent input means.
    /// </summary>
    OutcomeSet,
}
