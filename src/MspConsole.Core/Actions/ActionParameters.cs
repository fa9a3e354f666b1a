using MspConsole.Core.Graph;

namespace MspConsole.Core.Actions;

/// <summary>
/// The details of one action: which method, which phone and number, how long a pass lives, whether sessions are revoked.
/// Never holds a secret; a four-eyes request stores it as JSON until the second person decides.
/// </summary>
public sealed record ActionParameters(
    string? MethodId = null,
    AuthenticationMethodKind? MethodKind = null,
    PhoneType? PhoneType = null,
    string? PhoneNumber = null,
    int? LifetimeMinutes = null,
    bool IsUsableOnce = true,
    bool RevokeSessions = false);
