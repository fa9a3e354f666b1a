namespace MspConsole.Core.Graph;

public enum GraphFailureKind
{
    /// <summary>Anything not classified below.</summary>
    Unknown = 0,
    /// <summary>The tenant has no Entra ID P1/P2 for the registration report: use the per-user fallback.</summary>
    NotLicensed,
    /// <summary>The app is not (or no longer) consented in the tenant.</summary>
    ConsentMissing,
    /// <summary>Consented, but an application permission the call needs is not granted.</summary>
    PermissionMissing,
    /// <summary>No such tenant or domain.</summary>
    UnknownTenant,
    /// <summary>The app's own secret or certificate is wrong or expired: affects every tenant.</summary>
    InvalidCredentials,
    /// <summary>Still throttled after the SDK's retries; see RetryAfter.</summary>
    Throttled,
    NotFound,
    /// <summary>Graph refused the request; its message says why (e.g. default method, phone format).</summary>
    BadRequest,
    /// <summary>5xx, timeouts or network failures after retries.</summary>
    Transient,
}
