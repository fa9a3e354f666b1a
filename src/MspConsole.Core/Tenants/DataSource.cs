namespace MspConsole.Core.Tenants;

/// <summary>Where a tenant's registration state comes from.</summary>
public enum DataSource
{
    Unknown,
    /// <summary>The userRegistrationDetails report (needs Entra ID P1).</summary>
    RegistrationReport,
    /// <summary>Listing users and reading each user's methods, for tenants without Entra ID P1.</summary>
    PerUserFallback,
}
