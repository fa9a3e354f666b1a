using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;

namespace MspConsole.Web.Shared;

/// <summary>English text (the resource key) and badge classes for the admin pages' states.</summary>
public static class AdminTexts
{
    public static string Of(ConsentState state) => state switch
    {
        ConsentState.Granted => "Consented",
        ConsentState.Missing => "Consent missing",
        ConsentState.PermissionMissing => "Permission missing",
        _ => "Not tested",
    };

    public static string CssOf(ConsentState state) => state switch
    {
        ConsentState.Granted => "badge good",
        ConsentState.NotTested => "badge muted",
        _ => "badge bad",
    };

    public static string PollingOf(bool paused, DateTimeOffset? offboardedAt) =>
        offboardedAt is not null ? "Offboarded" : paused ? "Paused" : "Active";

    public static string Of(ContractOwner owner) => owner == ContractOwner.CustomerIt ? "The customer's own IT" : "The MSP";

    /// <summary>The form label (resource key) of an onboarding field, for problems; the CSV column name is shown beside it.</summary>
    public static string FieldOf(string field) => field switch
    {
        OnboardingFields.Domain => "Primary domain",
        OnboardingFields.TenantId => "Tenant id",
        OnboardingFields.Name => "Name",
        OnboardingFields.ContractOwner => "Who holds the Microsoft 365 contract?",
        OnboardingFields.CustomerItContact => "Contact line for end users",
        OnboardingFields.Language => "Language of the end users",
        OnboardingFields.Tags => "Tags",
        OnboardingFields.AccountManagers => "Account managers",
        _ => field,
    };
}
