namespace MspConsole.Core.Graph;

/// <summary>One user's registration state, as Graph's userRegistrationDetails report (or the per-user fallback) gives it.</summary>
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
    DateTimeOffset? LastUpdated);
