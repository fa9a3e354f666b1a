namespace MspConsole.Core.Alerts;

/// <summary>
/// An admin's rule: what to watch (<see cref="Kind"/>, with a threshold for polls failing and the resilient share), for one
/// tenant or all (<see cref="TenantId"/> null), and where to say it: e-mail recipients and/or one webhook, in one language.
/// A tenant rule adds to the global rules of its kind; a tenant rule switched off silences them for that tenant.
/// The webhook secret is stored protected (ASP.NET Data Protection), never in clear.
/// </summary>
public sealed class AlertRule
{
    public const int RecipientsMaxLength = 1000;
    public const int UrlMaxLength = 2000;
    public const int ProtectedSecretMaxLength = 1000;
    public const int LanguageMaxLength = 10;
    public const int CreatedByMaxLength = 256;

    private AlertRule()
    {
    }

    public AlertRule(AlertKind kind, Guid? tenantId, int? threshold, IEnumerable<string> recipients, WebhookFormat webhook, string? webhookUrl,
        string? protectedSecret, string language, string createdBy, DateTimeOffset now)
    {
        if (NeedsThreshold(kind) != threshold.HasValue)
        {
            throw new ArgumentException($"{kind} {(threshold.HasValue ? "takes no" : "needs a")} threshold.", nameof(threshold));
        }

        if (webhook != WebhookFormat.None && string.IsNullOrWhiteSpace(webhookUrl))
        {
            throw new ArgumentException("A webhook needs its address.", nameof(webhookUrl));
        }

        if (webhook == WebhookFormat.SignedJson && string.IsNullOrEmpty(protectedSecret))
        {
            throw new ArgumentException("A signed webhook needs its secret.", nameof(protectedSecret));
        }

        Id = Guid.NewGuid();
        Kind = kind;
        TenantId = tenantId;
        Threshold = threshold;
        EmailRecipients = string.Join(",", recipients.Select(address => address.Trim()).Where(address => address.Length > 0));
        WebhookFormat = webhook;
        WebhookUrl = webhook == WebhookFormat.None ? null : webhookUrl;
        ProtectedSecret = webhook == WebhookFormat.SignedJson ? protectedSecret : null;
        Language = language;
        Enabled = true;
        CreatedBy = createdBy;
        CreatedAt = now;
        UpdatedAt = now;
        if (EmailRecipients.Length == 0 && WebhookFormat == WebhookFormat.None)
        {
            throw new ArgumentException("A rule needs e-mail recipients or a webhook.", nameof(recipients));
        }
    }

    public Guid Id { get; private set; }

    public AlertKind Kind { get; private set; }

    /// <summary>Null: every tenant.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>Hours for <see cref="AlertKind.PollsFailing"/>, percent for <see cref="AlertKind.ResilientShareLow"/>.</summary>
    public int? Threshold { get; private set; }

    /// <summary>Comma-separated addresses; empty for no e-mail.</summary>
    public string EmailRecipients { get; private set; } = "";

    public WebhookFormat WebhookFormat { get; private set; }

    public string? WebhookUrl { get; private set; }

    public string? ProtectedSecret { get; private set; }

    /// <summary>The culture of the messages (nl-BE, fr-BE, en-BE).</summary>
    public string Language { get; private set; } = "";

    public bool Enabled { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> RecipientList => EmailRecipients.Length == 0 ? [] : EmailRecipients.Split(',');

    public static bool NeedsThreshold(AlertKind kind) => kind is AlertKind.PollsFailing or AlertKind.ResilientShareLow;

    public void Switch(bool enabled, DateTimeOffset now)
    {
        Enabled = enabled;
        UpdatedAt = now;
    }
}
