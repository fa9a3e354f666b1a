namespace MspConsole.Core.Onboarding;

/// <summary>Field names of onboarding input; also the CSV column headers.</summary>
public static class OnboardingFields
{
    public const string Domain = "Domain";
    public const string TenantId = "TenantId";
    public const string Name = "Name";
    public const string ContractOwner = "ContractOwner";
    public const string CustomerItContact = "CustomerItContact";
    public const string Language = "Language";
    public const string Tags = "Tags";
    public const string AccountManagers = "AccountManagers";

    /// <summary>The CSV header, in the order a template file uses.</summary>
    public static IReadOnlyList<string> All { get; } = [Domain, TenantId, Name, ContractOwner, CustomerItContact, Language, Tags, AccountManagers];
}
