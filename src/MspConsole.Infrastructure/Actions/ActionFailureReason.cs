namespace MspConsole.Infrastructure.Actions;

/// <summary>Why an action did not (fully) happen, in terms the helpdesk can act on.</summary>
public enum ActionFailureReason
{
    Unknown,
    /// <summary>Graph kept throttling the tenant after the SDK's retries.</summary>
    Throttled,
    /// <summary>The app is not (or no longer) consented, or lacks the permission.</summary>
    ConsentMissing,
    /// <summary>The user, or the method, no longer exists.</summary>
    UserGone,
    /// <summary>Graph refuses to delete the default method while others remain.</summary>
    DefaultMethodRefused,
    /// <summary>Switching the default method away from a method being removed failed, so nothing was deleted.</summary>
    DefaultMethodNotChanged,
    /// <summary>Graph refused the request for another reason (its message is in the detail).</summary>
    Refused,
    /// <summary>Graph unavailable (5xx, network) after retries.</summary>
    Unavailable,
    /// <summary>Nothing to change (e.g. no Authenticator registered any more).</summary>
    NothingToDo,
    /// <summary>The tenant is offboarded: the console no longer acts on it.</summary>
    TenantOffboarded,
}
