namespace MspConsole.Core.Graph;

/// <summary>Creates Graph clients scoped to one customer tenant: every call made through the returned
/// client uses an app-only token for that tenant and nothing else.</summary>
public interface ITenantGraphClientFactory
{
    ITenantGraphClient ForTenant(Guid tenantId);
}
