using MspConsole.Core.Figures;
using MspConsole.Core.Graph;

namespace MspConsole.Core.Tenants;

/// <summary>A customer's Entra ID tenant. Its key is the Entra tenant id.</summary>
public sealed class Tenant
{
    public const int DisplayNameMaxLength = 256;
    public const int DomainMaxLength = 253;
    public const int TagsMaxLength = 512;
    public const int ContactMaxLength = 512;
    public const int ErrorMaxLength = 2000;

    private Tenant()
    {
    }

    public Tenant(Guid id, string displayName, string defaultDomain, ContractOwner contractOwner, string language, DateTimeOffset now)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A tenant id is required.", nameof(id));
        }

        Id = id;
        CreatedAt = now;
        Rename(displayName, defaultDomain);
        SetContract(contractOwner, customerItContact: null);
        SetLanguage(language);
    }

    public Guid Id { get; private set; }

    public string DisplayName { get; private set; } = "";

    /// <summary><see cref="TenantNameSortKey"/> of the display name: the overview orders and pages by it in the database.</summary>
    public string NameSortKey { get; private set; } = "";

    public string DefaultDomain { get; private set; } = "";

    public ContractOwner ContractOwner { get; private set; }

    /// <summary>The contact line for end users when the customer's own IT holds the contract.</summary>
    public string? CustomerItContact { get; private set; }

    public string Language { get; private set; } = SupportedLanguage.Dutch;

    /// <summary>Comma-separated tags, lower case.</summary>
    public string Tags { get; private set; } = "";

    public ConsentState ConsentState { get; private set; }

    public DataSource DataSource { get; private set; }

    public bool? SecurityDefaultsEnabled { get; private set; }

    public int? ConditionalAccessMfaPolicies { get; private set; }

    public bool PollingPaused { get; private set; }

    public DateTimeOffset? OffboardedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastPollStartedAt { get; private set; }

    public DateTimeOffset? LastPollFinishedAt { get; private set; }

    public PollOutcome? LastPollOutcome { get; private set; }

    public string? LastPollError { get; private set; }

    public DateTimeOffset? LastSuccessfulPollAt { get; private set; }

    /// <summary>Concurrency token: an admin's edit and a poll finishing can meet on the same row.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    // The tenant's figures (see Figures). Columns of the tenant's own row, so that the overview totals and sorts its tenants
    // without a join; kept current in the database by every save that moves them, never set through this object.
    public int Users { get; private set; }

    public int NotRegistered { get; private set; }

    public int SingleMethod { get; private set; }

    public int Resilient { get; private set; }

    public int Excluded { get; private set; }

    public int Disabled { get; private set; }

    public int Admins { get; private set; }

    public int AdminsWithoutMfa { get; private set; }

    public int PerUserMfaEnforced { get; private set; }

    public int OtherMfaMethodUsers { get; private set; }

    /// <summary>The figures as they were read with this tenant; a fresh query reads them current.</summary>
    public FigureCounts Figures => new(Users, NotRegistered, SingleMethod, Resilient, Excluded, Disabled, Admins, AdminsWithoutMfa, PerUserMfaEnforced, OtherMfaMethodUsers);

    public bool IsActive => OffboardedAt is null && !PollingPaused && ConsentState is not (ConsentState.Missing or ConsentState.PermissionMissing);

    public TenantStanding Standing => StandingOf(OffboardedAt, PollingPaused);

    /// <summary>The standing from the two columns, for queries that project them rather than load the tenant.</summary>
    public static TenantStanding StandingOf(DateTimeOffset? offboardedAt, bool pollingPaused) =>
        offboardedAt is not null ? TenantStanding.Offboarded : pollingPaused ? TenantStanding.Paused : TenantStanding.Active;

    public IReadOnlyList<string> TagList => Tags.Length == 0 ? [] : Tags.Split(',');

    public void Rename(string displayName, string defaultDomain)
    {
        DisplayName = Required(displayName, DisplayNameMaxLength, nameof(displayName));
        NameSortKey = TenantNameSortKey.Of(DisplayName);
        DefaultDomain = Required(defaultDomain, DomainMaxLength, nameof(defaultDomain)).ToLowerInvariant();
        Touch();
    }

    public void SetContract(ContractOwner contractOwner, string? customerItContact)
    {
        if (customerItContact?.Length > ContactMaxLength)
        {
            throw new ArgumentException($"The contact line is longer than {ContactMaxLength} characters.", nameof(customerItContact));
        }

        ContractOwner = contractOwner;
        CustomerItContact = string.IsNullOrWhiteSpace(customerItContact) ? null : customerItContact.Trim();
        Touch();
    }

    public void SetLanguage(string language)
    {
        if (!SupportedLanguage.IsSupported(language))
        {
            throw new ArgumentException($"Language must be one of {string.Join(", ", SupportedLanguage.All)}.", nameof(language));
        }

        Language = language;
        Touch();
    }

    public void SetTags(IEnumerable<string> tags)
    {
        var joined = string.Join(',', tags
            .Select(tag => tag.Trim().ToLowerInvariant())
            .Where(tag => tag.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
        if (joined.Length > TagsMaxLength)
        {
            throw new ArgumentException($"Tags are longer than {TagsMaxLength} characters.", nameof(tags));
        }

        Tags = joined;
        Touch();
    }

    public void PausePolling() => Set(() => PollingPaused = true);

    public void ResumePolling() => Set(() => PollingPaused = false);

    public void Offboard(DateTimeOffset now) => Set(() => OffboardedAt ??= now);

    /// <summary>Brings an offboarded tenant back. <paramref name="asNew"/> (its data was purged): it starts as a tenant never
    /// polled, its consent to be tested again.</summary>
    public void Reactivate(bool asNew) => Set(() =>
    {
        OffboardedAt = null;
        if (asNew)
        {
            ConsentState = ConsentState.NotTested;
            LastPollStartedAt = null;
            LastPollFinishedAt = null;
            LastPollOutcome = null;
            LastPollError = null;
            LastSuccessfulPollAt = null;
            SecurityDefaultsEnabled = null;
            ConditionalAccessMfaPolicies = null;
        }
    });

    public void RecordConsent(ConsentState state) => Set(() => ConsentState = state);

    public void PollStarted(DateTimeOffset now) => Set(() =>
    {
        LastPollStartedAt = now;
        LastPollOutcome = PollOutcome.Running;
        LastPollError = null;
    });

    public void PollSucceeded(DateTimeOffset now, DataSource source, EnforcementPosture enforcement) => Set(() =>
    {
        LastPollFinishedAt = now;
        LastSuccessfulPollAt = now;
        LastPollOutcome = PollOutcome.Succeeded;
        LastPollError = null;
        DataSource = source;
        SecurityDefaultsEnabled = enforcement.SecurityDefaultsEnabled;
        ConditionalAccessMfaPolicies = enforcement.ConditionalAccessAvailable ? enforcement.PoliciesRequiringMfa : null;
        ConsentState = ConsentState.Granted;
    });

    public void PollFailed(DateTimeOffset now, PollOutcome outcome, string error) => Set(() =>
    {
        LastPollFinishedAt = now;
        LastPollOutcome = outcome;
        LastPollError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
    });

    private void Set(Action change)
    {
        change();
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();

    private static string Required(string value, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is required.", name);
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
    }
}
