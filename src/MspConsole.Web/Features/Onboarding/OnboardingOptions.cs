using System.ComponentModel.DataAnnotations;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>The "Onboarding" configuration section.</summary>
public sealed class OnboardingOptions
{
    public const string SectionName = "Onboarding";

    /// <summary>Largest CSV file accepted for an import.</summary>
    [Range(1_024, 10 * 1_048_576)]
    public int ImportMaxBytes { get; set; } = 1_048_576;

    /// <summary>Most data rows in one CSV import.</summary>
    [Range(1, 20_000)]
    public int ImportMaxRows { get; set; } = 5_000;

    /// <summary>Tenants written per transaction (with their audit entries) during an import.</summary>
    [Range(1, 2_000)]
    public int ImportBatchSize { get; set; } = 200;

    /// <summary>OpenID discovery look-ups made at once while checking an import.</summary>
    [Range(1, 32)]
    public int DiscoveryConcurrency { get; set; } = 8;

    /// <summary>The admin-consent redirect URI registered on the MSP's app; default: /admin/consent/callback on the
    /// host the admin is using. Set it when the console runs behind a proxy that changes the host.</summary>
    [Url]
    public string? ConsentRedirectUri { get; set; }

    /// <summary>How long a consent link's state stays valid.</summary>
    [Range(5, 7 * 24 * 60)]
    public int ConsentLinkLifetimeMinutes { get; set; } = 24 * 60;
}
