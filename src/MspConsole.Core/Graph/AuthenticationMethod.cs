namespace MspConsole.Core.Graph;

/// <summary>One registered authentication method with what a helpdesk engineer needs to recognise it.
/// <paramref name="GraphType"/> is Graph's type name (e.g. phoneAuthenticationMethod), kept for kinds we map to Other.</summary>
public sealed record AuthenticationMethod(
    string Id,
    AuthenticationMethodKind Kind,
    string GraphType,
    PhoneType? PhoneType = null,
    string? PhoneNumber = null,
    string? EmailAddress = null,
    string? DeviceName = null,
    DateTimeOffset? CreatedAt = null);
