using MspConsole.Core.Tenants;

namespace MspConsole.Core.Onboarding;

/// <summary>A tenant to onboard whose fields passed <see cref="TenantDraftParser"/>. At least one of
/// <paramref name="Domain"/> and <paramref name="TenantId"/> is set; discovery fills in the tenant id.</summary>
public sealed record TenantDraft(
    string? Domain,
    Guid? TenantId,
    string DisplayName,
    ContractOwner ContractOwner,
    string? CustomerItContact,
    string Language,
    IReadOnlyList<string> Tags,
    IReadOnlyList<AccountManagerRef> AccountManagers)
{
    /// <summary>The domain to store: the primary domain, or the tenant id's text when onboarded by id alone
    /// (an admin can set the real domain later; Tenant.DefaultDomain is required and unique).</summary>
    public string StoredDomain(Guid tenantId) => Domain ?? tenantId.ToString("D");
}
