namespace MspConsole.Core.Actions;

/// <summary>
/// A tenant's rules for helpdesk actions. A tenant without a row gets <see cref="Default"/>: four eyes on.
/// Kept beside <c>Tenant</c> rather than on it so the tenant entity stays about onboarding and polling.
/// </summary>
public sealed class TenantActionPolicy
{
    private TenantActionPolicy()
    {
    }

    public TenantActionPolicy(Guid tenantId, bool requireFourEyes, string changedBy, DateTimeOffset now)
    {
        TenantId = tenantId;
        Change(requireFourEyes, changedBy, now);
    }

    public const bool DefaultRequireFourEyes = true;

    public Guid TenantId { get; private set; }

    /// <summary>High-risk actions (see <see cref="HelpdeskActionRules.IsHighRisk"/>) wait for a second person.</summary>
    public bool RequireFourEyes { get; private set; } = DefaultRequireFourEyes;

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public void Change(bool requireFourEyes, string changedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        RequireFourEyes = requireFourEyes;
        ChangedBy = changedBy;
        ChangedAt = now;
    }
}
