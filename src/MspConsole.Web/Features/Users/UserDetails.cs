using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Users;

public sealed record UserDetails(
    Guid TenantId,
    string TenantName,
    string ObjectId,
    string UserPrincipalName,
    string DisplayName,
    bool IsAdmin,
    bool IsGuest,
    bool IsSsprRegistered,
    bool IsPasswordlessCapable,
    IReadOnlyList<string> MethodsRegistered,
    int MfaMethodCount,
    string? DefaultMethod,
    string? PreferredLanguage,
    PerUserMfaState PerUserMfaState,
    DateTimeOffset? LastUpdatedInGraph,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? RemovedAt,
    string? ExclusionReason,
    MfaStatus Status,
    TenantStanding TenantStanding)
{
    public bool IsCritical => MfaStatusRules.IsCritical(IsAdmin, Status);
}
