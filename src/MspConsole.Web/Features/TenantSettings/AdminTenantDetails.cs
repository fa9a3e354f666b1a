using MspConsole.Core.Tenants;
using MspConsole.Web.Features.AccountManagers;

namespace MspConsole.Web.Features.TenantSettings;

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
