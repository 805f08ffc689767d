namespace Workflow.Casework;

/// <summary>Fields masked in every list and task view; revealing one needs a reason and writes an audit event.</summary>
public enum RevealableField
{
    IdNumber,
    Phone,
    BankAccount,
}
