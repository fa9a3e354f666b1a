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

    public const int ReasonMaxLength = 1000;

    public Guid TenantId { get; private set; }

    /// <summary>High-risk actions (see <see cref="HelpdeskActionRules.IsHighRisk"/>) wait for a second person.</summary>
    public bool RequireFourEyes { get; private set; } = DefaultRequireFourEyes;

    public string ChangedBy { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Who asked to turn four eyes off (object id), waiting for a second admin; null when nobody did.</summary>
    public string? SwitchOffRequestedById { get; private set; }

    public string? SwitchOffRequestedBy { get; private set; }

    public DateTimeOffset? SwitchOffRequestedAt { get; private set; }

    public string? SwitchOffReason { get; private set; }

    /// <summary>A switch-off request that can still be approved.</summary>
    public bool SwitchOffPending(DateTimeOffset now, TimeSpan lifetime) => RequireFourEyes && SwitchOffRequestedAt is { } at && now - at <= lifetime;

    /// <summary>Turning four eyes on is the safe direction: it takes effect at once, and drops a pending switch-off.</summary>
    public void TurnOn(string changedBy, DateTimeOffset now)
    {
        Change(requireFourEyes: true, changedBy, now);
        ClearSwitchOff();
    }

    /// <summary>Turning four eyes off is itself high-risk: it is only asked here, and takes effect when a second admin approves.</summary>
    public void RequestSwitchOff(string requesterId, string requesterUpn, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requesterId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        SwitchOffRequestedById = requesterId;
        SwitchOffRequestedBy = requesterUpn;
        SwitchOffRequestedAt = now;
        SwitchOffReason = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
    }

    /// <summary>Turns four eyes off when a pending request was made by someone else; otherwise says why not.</summary>
    public ActionRequestRefusal? ApproveSwitchOff(string approverId, string approverUpn, DateTimeOffset now, TimeSpan lifetime)
    {
        if (!SwitchOffPending(now, lifetime))
        {
            return SwitchOffRequestedAt is null || !RequireFourEyes ? ActionRequestRefusal.AlreadyDecided : ActionRequestRefusal.Expired;
        }

        if (string.Equals(approverId, SwitchOffRequestedById, StringComparison.Ordinal))
        {
            return ActionRequestRefusal.OwnRequest;
        }

        Change(requireFourEyes: false, approverUpn, now);
        ClearSwitchOff();
        return null;
    }

    /// <summary>Withdrawn by the requester or rejected by another admin: four eyes stays on.</summary>
    public void ClearSwitchOff()
    {
        SwitchOffRequestedById = null;
        SwitchOffRequestedBy = null;
        SwitchOffRequestedAt = null;
        SwitchOffReason = null;
    }

    private void Change(bool requireFourEyes, string changedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        RequireFourEyes = requireFourEyes;
        ChangedBy = changedBy;
        ChangedAt = now;
    }
}
