namespace Workflow.Engine.Ports;

/// <summary>Which of a user's inboxes: tasks they may act on now (待办), or tasks copied to them (抄送).</summary>
public enum UserInbox
{
    /// <summary>Open tasks the user holds, or may claim as a candidate (or pending signer) while nobody holds them.</summary>
    ToDo,

    /// <summary>Tasks copied to the user, open or closed.</summary>
    Copied,
}
