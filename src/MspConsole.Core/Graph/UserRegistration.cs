namespace MspConsole.Core.Graph;

/// <summary>One user's MFA registration, in the shape of Graph's userRegistrationDetails.
/// <paramref name="MethodsRegistered"/> is an open set of Graph's names (mobilePhone, fido2, …).</summary>
public sealed record UserRegistration(
    string Id,
    string UserPrincipalName,
    string DisplayName,
    bool IsGuest,
    bool IsAdmin,
    bool IsMfaRegistered,
    bool IsMfaCapable,
    bool IsSsprRegistered,
    bool IsPasswordlessCapable,
    IReadOnlyList<string> MethodsRegistered,
    string? DefaultMethod,
    DateTimeOffset? LastUpdated)
{
    /// <summary>Legacy per-user MFA, read by the per-user fallback (tenants without Entra ID P1 have no conditional
    /// access: this is what enforces MFA there); null where it was not read (the report does not carry it).</summary>
    public PerUserMfaState? PerUserMfaState { get; init; }
}
