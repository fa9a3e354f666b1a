using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Search;

public sealed record SearchResult(
    Guid TenantId, string TenantName, string ObjectId, string UserPrincipalName, string DisplayName, MfaStatus Status, bool IsAdmin,
    bool TenantPollingPaused, DateTimeOffset? TenantOffboardedAt)
{
    public TenantStanding TenantState => Tenant.StandingOf(TenantOffboardedAt, TenantPollingPaused);

    public bool IsCritical => MfaStatusRules.IsCritical(IsAdmin, Status);
}
