namespace MspConsole.Core.Graph;

/// <summary>Onboarding helpers: find a tenant by domain, and check what the app may do there.</summary>
public interface ITenantDiscovery
{
    /// <summary>The tenant id behind a verified domain (e.g. fabrikam.example); null when Entra knows no such tenant.</summary>
    Task<Guid?> ResolveTenantIdAsync(string domain, CancellationToken cancellationToken);

    /// <summary>Acquires a token and makes the minimal reads the console needs; reports what is missing in plain words.</summary>
    Task<ConnectionTestResult> TestConnectionAsync(Guid tenantId, CancellationToken cancellationToken);
}
