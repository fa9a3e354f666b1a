using MspConsole.Core.Tenants;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

public sealed record TenantHeader(
    Guid Id,
    string DisplayName,
    string DefaultDomain,
    IReadOnlyList<string> Tags,
    ContractOwner ContractOwner,
    string Language,
    ConsentState ConsentState,
    DataSource DataSource,
    Enforcement Enforcement,
    int? ConditionalAccessMfaPolicies,
    DateTimeOffset? LastPollFinishedAt,
    DateTimeOffset? LastSuccessfulPollAt,
    PollHealth PollHealth,
    string? LastPollError,
    TenantStanding Standing);
