using MspConsole.Core.Actions;

namespace MspConsole.Web.Features.Actions;

public sealed record FourEyesPolicyViewModel(Guid TenantId, string TenantName, bool RequireFourEyes, string? ChangedBy, DateTimeOffset? ChangedAt,
    string? SwitchOffRequestedBy = null, DateTimeOffset? SwitchOffRequestedAt = null, string? SwitchOffReason = null, bool OwnRequest = false,
    ActionRequestRefusal? Refusal = null)
{
    public bool SwitchOffPending => SwitchOffRequestedAt is not null;
}
