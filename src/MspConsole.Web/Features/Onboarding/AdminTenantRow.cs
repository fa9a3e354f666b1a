using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.Onboarding;

public sealed record AdminTenantRow(
    Guid Id,
    string DisplayName,
    string DefaultDomain,
    ConsentState ConsentState,
    bool PollingPaused,
    DateTimeOffset? OffboardedAt,
    DateTimeOffset? LastPollFinishedAt,
    PollOutcome? LastPollOutcome,
    int AccountManagers);
