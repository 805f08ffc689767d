namespace Workflow.Engine.Activities.Design;

/// <summary>Where a <see cref="PortRule"/> takes a node's ports from.</summary>
public enum PortSource
{
    /// <summary>Always the rule's ports.</summary>
    Fixed,

    /// <summary>The string list in the input the rule names (an Object expression), or the rule's ports when it is absent.</summary>
    InputList,

    /// <summary>The <c>label</c> of each entry of the array property the rule names, then the rule's ports.</summary>
    CaseLabels,
}
