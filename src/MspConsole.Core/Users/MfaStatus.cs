namespace MspConsole.Core.Users;

/// <summary>A user's standing against the registration guide: at least two MFA methods.</summary>
public enum MfaStatus
{
    /// <summary>No MFA-capable method.</summary>
    NotRegistered,
    /// <summary>One MFA-capable method: one lost phone away from a lock-out.</summary>
    SingleMethod,
    /// <summary>Two or more MFA-capable methods.</summary>
    Resilient,
    /// <summary>An explicit, audited decision (break-glass or service account).</summary>
    Excluded,
    /// <summary>The account is disabled in Entra ID: kept with its history, left out of the figures and reminders.</summary>
    Disabled,
}
