namespace MspConsole.Web.Shared;

/// <summary>Whether the console still looks after a tenant: shown next to its name wherever a tenant is shown.</summary>
public enum TenantState
{
    Active,
    Paused,
    Offboarded,
}
