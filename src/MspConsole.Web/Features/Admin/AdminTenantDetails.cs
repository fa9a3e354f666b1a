using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.Admin;

public sealed record AdminTenantDetails(
    Guid Id,
    string DisplayName,
    string DefaultDomain,
    ContractOwner ContractOwner,
    string? CustomerItContact,
    string Language,
    string Tags,
    ConsentState ConsentState,
    bool PollingPaused,
    DateTimeOffset? OffboardedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastPollFinishedAt,
    PollOutcome? LastPollOutcome,
    string? LastPollError,
    int Users,
    IReadOnlyList<KnownAccountManager> Managers);
