namespace MspConsole.Core.Onboarding;

/// <summary>Audit action names of tenant onboarding and administration.</summary>
public static class OnboardingAuditActions
{
    public const string TenantOnboarded = "TenantOnboarded";
    public const string TenantsImported = "TenantsImported";
    public const string TenantSettingsChanged = "TenantSettingsChanged";
    public const string ConsentCallback = "ConsentCallback";
    public const string ConnectionTested = "ConnectionTested";
    public const string PollingPaused = "PollingPaused";
    public const string PollingResumed = "PollingResumed";
    public const string TenantOffboarded = "TenantOffboarded";
    public const string TenantReactivated = "TenantReactivated";
    public const string AccountManagerAssigned = "AccountManagerAssigned";
    public const string AccountManagerUnassigned = "AccountManagerUnassigned";
}
