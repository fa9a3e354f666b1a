using MspConsole.Core.Graph;

namespace MspConsole.Core.Users;

/// <summary>A user of a customer tenant as last polled. Users that vanish from Graph are marked removed, never deleted;
/// users whose account is disabled are marked disabled and keep their last known registration.</summary>
public sealed class TenantUser
{
    public const int ObjectIdMaxLength = 64;
    public const int UpnMaxLength = 256;
    public const int DisplayNameMaxLength = 256;
    public const int MethodsMaxLength = 1024;
    public const int ReasonMaxLength = 1000;

    private TenantUser()
    {
    }

    public TenantUser(Guid tenantId, string objectId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        TenantId = tenantId;
        ObjectId = objectId;
        FirstSeenAt = now;
        LastSeenAt = now;
    }

    public long Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>The Entra object id.</summary>
    public string ObjectId { get; private set; } = "";

    public string UserPrincipalName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public bool IsGuest { get; private set; }

    public bool IsAdmin { get; private set; }

    public bool IsMfaRegistered { get; private set; }

    public bool IsMfaCapable { get; private set; }

    public bool IsSsprRegistered { get; private set; }

    public bool IsPasswordlessCapable { get; private set; }

    public IReadOnlyList<string> MethodsRegistered { get; private set; } = [];

    /// <summary>MFA-capable methods counted the way the registration guide means it (see <see cref="RegisteredMethod"/>).</summary>
    public int MfaMethodCount { get; private set; }

    public string? DefaultMethod { get; private set; }

    public string? PreferredLanguage { get; private set; }

    public PerUserMfaState PerUserMfaState { get; private set; }

    public DateTimeOffset? LastUpdatedInGraph { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Since when the account has been seen disabled (accountEnabled false in /users); null while it is enabled.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsExcluded { get; private set; }

    public string? ExclusionReason { get; private set; }

    public MfaStatus Status { get; private set; }

    /// <summary><see cref="MfaStatusRules.UrgencyRank"/> of <see cref="Status"/>, stored so that sorting a large tenant by status reads an index.</summary>
    public int StatusRank { get; private set; }

    /// <summary>Whether the user's <see cref="UserSearchTerm"/> rows match the current name and UPN; the poll and the
    /// re-read rewrite them when not (a new user, a renamed one, or one from before the search terms existed).</summary>
    public bool SearchTermsCurrent { get; private set; }

    public void MarkSearchTermsCurrent() => SearchTermsCurrent = true;

    public bool IsCritical => MfaStatusRules.IsCritical(IsAdmin, Status);

    public void Refresh(UserRegistration registration, DateTimeOffset now)
    {
        if (!string.Equals(registration.Id, ObjectId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Registration of {registration.Id} applied to user {ObjectId}.", nameof(registration));
        }

        var upn = Truncate(registration.UserPrincipalName, UpnMaxLength);
        var displayName = Truncate(registration.DisplayName, DisplayNameMaxLength);
        if (!string.Equals(upn, UserPrincipalName, StringComparison.Ordinal) || !string.Equals(displayName, DisplayName, StringComparison.Ordinal))
        {
            SearchTermsCurrent = false;
        }

        UserPrincipalName = upn;
        DisplayName = displayName;
        IsGuest = registration.IsGuest;
        IsAdmin = registration.IsAdmin;
        IsMfaRegistered = registration.IsMfaRegistered;
        IsMfaCapable = registration.IsMfaCapable;
        IsSsprRegistered = registration.IsSsprRegistered;
        IsPasswordlessCapable = registration.IsPasswordlessCapable;
        MethodsRegistered = [.. registration.MethodsRegistered.Distinct(StringComparer.Ordinal)];
        DefaultMethod = registration.DefaultMethod;
        LastUpdatedInGraph = registration.LastUpdated;
        PerUserMfaState = registration.PerUserMfaState ?? PerUserMfaState;
        LastSeenAt = now;
        RemovedAt = null;
        Reclassify();
    }

    public void SetPreferredLanguage(string? language) => PreferredLanguage = language;

    public void SetPerUserMfaState(PerUserMfaState state) => PerUserMfaState = state;

    public void MarkRemoved(DateTimeOffset now) => RemovedAt ??= now;

    /// <summary>What /users says of the account: present (so not removed), and enabled or disabled. A disabled user keeps
    /// the registration last read and returns to the status it gives when the account is enabled again.</summary>
    public void SeenInDirectory(bool accountEnabled, DateTimeOffset now)
    {
        LastSeenAt = now;
        RemovedAt = null;
        DisabledAt = accountEnabled ? null : DisabledAt ?? now;
        Reclassify();
    }

    public void Exclude(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (reason.Length > ReasonMaxLength)
        {
            throw new ArgumentException($"The reason is longer than {ReasonMaxLength} characters.", nameof(reason));
        }

        IsExcluded = true;
        ExclusionReason = reason.Trim();
        Reclassify();
    }

    public void Include()
    {
        IsExcluded = false;
        ExclusionReason = null;
        Reclassify();
    }

    private void Reclassify()
    {
        MfaMethodCount = RegisteredMethod.CountMfaMethods(MethodsRegistered);
        Status = MfaStatusRules.Classify(MethodsRegistered, IsExcluded, DisabledAt is not null);
        StatusRank = MfaStatusRules.UrgencyRank(Status);
    }

    private static string Truncate(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];
}
