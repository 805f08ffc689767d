namespace Workflow.Web.Accounts;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInStatus
{
    Succeeded,

    /// <summary>Unknown login or wrong password: the page says the same for both, so logins cannot be probed.</summary>
    Invalid,

    LockedOut,
}
