namespace Workflow.Engine.Runtime.Rejections;

/// <summary>Why a command was refused. The web layer maps each to one HTTP status.</summary>
public enum RejectionType
{
    NotFound,
    InvalidState,
    Forbidden,
    Conflict,
    InvalidInput,
}
