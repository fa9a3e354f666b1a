using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Tenants;

public sealed record TenantUserRow(
    long Id,
    string ObjectId,
    string UserPrincipalName,
    string DisplayName,
    MfaStatus Status,
    bool IsAdmin,
    bool IsGuest,
    int MfaMethodCount,
    string? DefaultMethod,
    DateTimeOffset? LastUpdatedInGraph)
{
    public bool IsCritical => MfaStatusRules.IsCritical(IsAdmin, Status);
}
