namespace MspConsole.Core.Tenants;

/// <summary>How a tenant enforces MFA: security defaults, conditional access, or per-user MFA (counted on the users).</summary>
public sealed record TenantEnforcement(bool SecurityDefaultsEnabled, int ConditionalAccessMfaPolicies)
{
    public bool EnforcesMfa => SecurityDefaultsEnabled || ConditionalAccessMfaPolicies > 0;
}
