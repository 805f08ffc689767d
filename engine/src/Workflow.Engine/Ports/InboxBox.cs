namespace Workflow.Engine.Ports;

/// <summary>The inbox's tabs as the store searches them: 待办, 已办, 抄送 and 超期 (the part of 待办 past its deadline).</summary>
public enum InboxBox
{
    /// <summary>Open tasks the person may act on (<see cref="InboxSearch"/>'s who-may-act rule).</summary>
    ToDo,

    /// <summary>Tasks the person completed.</summary>
    Done,

    /// <summary>Tasks copied to the person (抄送), open or closed.</summary>
    Copied,

    /// <summary>The to-do tasks whose deadline has passed.</summary>
    Overdue,
}
