namespace MspConsole.Core.Graph;

/// <summary>
/// Microsoft Graph as seen from one customer tenant. Every failure surfaces as a
/// <see cref="GraphFailureException"/> carrying a <see cref="GraphFailureKind"/> and Graph's request id.
/// </summary>
public interface ITenantGraphClient
{
    Guid TenantId { get; }

    /// <summary>Counts of HTTP requests and throttled responses made by this client so far.</summary>
    GraphCallCounts CallCounts { get; }

    /// <summary>The registration report (userRegistrationDetails), one Graph page at a time.
    /// Throws <see cref="GraphFailureKind.NotLicensed"/> for tenants without Entra ID P1.</summary>
    IAsyncEnumerable<IReadOnlyList<UserRegistration>> ReadRegistrationPagesAsync(CancellationToken cancellationToken);

    /// <summary>The per-user fallback for tenants without Entra ID P1: each page of enabled users with every
    /// user's methods turned into the report's shape (<see cref="RegistrationFromMethods"/>). IsAdmin comes from the
    /// directory roles (<see cref="PrivilegedRoles"/>), read once before the first page; without RoleManagement.Read.Directory
    /// it is false for everyone and a warning is logged. Each member's legacy per-user MFA state is read with the methods
    /// (<see cref="UserRegistration.PerUserMfaState"/>); how many users are read at once is one setting.</summary>
    IAsyncEnumerable<IReadOnlyList<UserRegistration>> ReadRegistrationPagesFromMethodsAsync(CancellationToken cancellationToken);

    /// <summary>All users (enabled and disabled), one Graph page at a time.</summary>
    IAsyncEnumerable<IReadOnlyList<DirectoryUser>> ReadUserPagesAsync(CancellationToken cancellationToken);

    /// <summary>One user from the directory; null when the user does not exist.</summary>
    Task<DirectoryUser?> GetUserAsync(string userIdOrUpn, CancellationToken cancellationToken);

    /// <summary>One user's row of the registration report; null when the report has no such user.</summary>
    Task<UserRegistration?> GetRegistrationAsync(string userId, CancellationToken cancellationToken);

    /// <summary>One user's registration computed from their methods and the directory roles (the fallback); null when the
    /// user does not exist.</summary>
    Task<UserRegistration?> GetRegistrationFromMethodsAsync(string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuthenticationMethod>> GetMethodsAsync(string userId, CancellationToken cancellationToken);

    Task<EnforcementPosture> GetEnforcementPostureAsync(CancellationToken cancellationToken);

    /// <summary>Legacy per-user MFA state (beta authentication/requirements).</summary>
    Task<PerUserMfaState> GetPerUserMfaStateAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The user's default MFA method (beta authentication/signInPreferences, userPreferredMethodForSecondaryAuthentication);
    /// null when the user has none (or Graph names one the console does not know).</summary>
    Task<PreferredSecondaryMethod?> GetPreferredSecondaryMethodAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="method"/> the user's default MFA method (beta PATCH authentication/signInPreferences).
    /// Graph refuses (BadRequest) a method the user has not registered.</summary>
    Task<GraphMutationResult> SetPreferredSecondaryMethodAsync(string userId, PreferredSecondaryMethod method, CancellationToken cancellationToken);

    Task<GraphMutationResult> DeleteMethodAsync(string userId, AuthenticationMethodKind kind, string methodId, CancellationToken cancellationToken);

    /// <summary>Corrects the number of an existing phone method; the phone type cannot change.</summary>
    Task<GraphMutationResult> UpdatePhoneNumberAsync(string userId, PhoneType phoneType, string phoneNumber, CancellationToken cancellationToken);

    Task<GraphMutationResult> AddPhoneAsync(string userId, PhoneType phoneType, string phoneNumber, CancellationToken cancellationToken);

    /// <summary>Issues a Temporary Access Pass. The pass is returned once, here: callers must show it and
    /// never store or log it.</summary>
    Task<TemporaryAccessPass> CreateTemporaryAccessPassAsync(string userId, int? lifetimeMinutes, bool isUsableOnce, CancellationToken cancellationToken);

    Task<GraphMutationResult> RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken);

    Task<GraphMutationResult> SendMailAsync(string senderUpnOrId, MailMessage message, CancellationToken cancellationToken);
}
