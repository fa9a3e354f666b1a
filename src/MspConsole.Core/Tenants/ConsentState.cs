namespace MspConsole.Core.Tenants;

public enum ConsentState
{
    NotTested,
    Granted,
    /// <summary>The MSP's app has no service principal in the tenant (never consented, or consent revoked).</summary>
    Missing,
    /// <summary>Consented, but a permission the console needs is not granted.</summary>
    PermissionMissing,
}
