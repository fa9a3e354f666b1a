using System.ComponentModel.DataAnnotations;

namespace MspConsole.Infrastructure.Graph;

/// <summary>The "Graph" configuration section. Pointing GraphBaseUrl and LoginBaseUrl at a standalone simulator
/// (or a national cloud) moves the whole console there.</summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    [Required, Url]
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com";

    [Required, Url]
    public string LoginBaseUrl { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The MSP's multi-tenant app registration.</summary>
    [Required]
    public string ClientId { get; set; } = string.Empty;

    public string? ClientSecret { get; set; }

    /// <summary>A PFX file with the app's certificate (IdentityWeb only).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The app's certificate in the current user's personal store (IdentityWeb only).</summary>
    public string? CertificateThumbprint { get; set; }

    public TokenSourceKind TokenSource { get; set; } = TokenSourceKind.IdentityWeb;

    /// <summary>The token scope; defaults to {GraphBaseUrl}/.default.</summary>
    public string? Scope { get; set; }

    /// <summary>Retries of 429/503/504 by the SDK's retry handler (which honours Retry-After).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The SDK's base back-off in seconds before retrying a throttled request that carries no Retry-After
    /// (formerly Graph:RetryDelaySeconds).</summary>
    [Range(0, 180)]
    public int ThrottleBackoffSeconds { get; set; } = 3;

    /// <summary>Longest total wait for Retry-After delays of one request; longer waits surface as Throttled with
    /// RetryAfter so the job can reschedule instead of holding a worker.</summary>
    [Range(1, 3600)]
    public int MaxRetryWaitSeconds { get; set; } = 120;

    /// <summary>$top for GET /users (1–999).</summary>
    [Range(1, 999)]
    public int UserPageSize { get; set; } = 999;

    /// <summary>Users read at once by the per-user fallback for tenants without Entra ID P1; each user costs a methods read
    /// and a per-user MFA state read (formerly Graph:FallbackConcurrency and Jobs:PerUserStateConcurrency).</summary>
    [Range(1, 16)]
    public int PerUserReadConcurrency { get; set; } = 2;

    /// <summary>Time allowed per attempt (the SDK's HttpClient gets this times the attempts, plus MaxRetryWaitSeconds).</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 100;

    /// <summary>A token is renewed this long before it expires.</summary>
    [Range(0, 1800)]
    public int TokenRefreshMarginSeconds { get; set; } = 300;

    public string EffectiveScope => string.IsNullOrWhiteSpace(Scope) ? $"{GraphBaseUrl.TrimEnd('/')}/.default" : Scope;

    // Methods, not properties: DataAnnotations validation reads every property, and these throw on a malformed URL.
    public Uri GraphV1Uri() => new($"{GraphBaseUrl.TrimEnd('/')}/v1.0");

    public Uri GraphBetaUri() => new($"{GraphBaseUrl.TrimEnd('/')}/beta");

    public Uri LoginUri() => new($"{LoginBaseUrl.TrimEnd('/')}/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasCertificate = !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(CertificateThumbprint);
        if (string.IsNullOrWhiteSpace(ClientSecret) && !hasCertificate)
        {
            yield return new ValidationResult("Graph needs a ClientSecret, CertificatePath or CertificateThumbprint.",
                [nameof(ClientSecret), nameof(CertificatePath), nameof(CertificateThumbprint)]);
        }

        if (TokenSource == TokenSourceKind.ClientCredentials && string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new ValidationResult("TokenSource ClientCredentials needs a ClientSecret (certificates go through IdentityWeb).",
                [nameof(ClientSecret), nameof(TokenSource)]);
        }

        if (TokenSource == TokenSourceKind.IdentityWeb && !LoginBaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("TokenSource IdentityWeb needs an https LoginBaseUrl (MSAL refuses http); use ClientCredentials for a simulator.",
                [nameof(LoginBaseUrl), nameof(TokenSource)]);
        }
    }
}
