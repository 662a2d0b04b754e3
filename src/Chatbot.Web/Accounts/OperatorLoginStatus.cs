namespace Chatbot.Web.Accounts;

/// <summary>Why a sign-in succeeded or not. Only the log tells the reasons apart; the person sees one generic message.</summary>
public enum OperatorLoginStatus
{
    Succeeded,

    /// <summary>No such account, or the wrong password.</summary>
    Failed,

    /// <summary>Too many failures in a row: refused even with the right password until the lock ends.</summary>
    LockedOut,

    /// <summary>The right password for an account that was switched off.</summary>
    Inactive,
}
