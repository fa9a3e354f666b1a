using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Web.Features.Actions;

/// <summary>The user an action is about, as the console last saw them.</summary>
public sealed record ActionTarget(Guid TenantId, string TenantName, string ObjectId, string Upn, string DisplayName, bool IsAdmin, MfaStatus Status,
    TenantStanding Standing = TenantStanding.Active)
{
    public string UserUrl => ActionRoutes.UserUrl(TenantId, ObjectId);
}
