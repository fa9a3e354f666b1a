using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>The tenant's administrable fields as the audit log records them before and after a change.</summary>
public sealed record TenantAuditView(
    string DisplayName,
    string DefaultDomain,
    string ContractOwner,
    string? CustomerItContact,
    string Language,
    string Tags,
    string ConsentState,
    bool PollingPaused,
    DateTimeOffset? OffboardedAt)
{
    public static TenantAuditView From(Tenant tenant) => new(
        tenant.DisplayName, tenant.DefaultDomain, tenant.ContractOwner.ToString(), tenant.CustomerItContact, tenant.Language,
        tenant.Tags, tenant.ConsentState.ToString(), tenant.PollingPaused, tenant.OffboardedAt);
}
