using MspConsole.Core.Tenants;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Overview;

public sealed record TenantOverviewRow(
    Guid Id,
    string DisplayName,
    string DefaultDomain,
    IReadOnlyList<string> Tags,
    UserCounts Counts,
    Enforcement Enforcement,
    DateTimeOffset? LastPollFinishedAt,
    PollHealth PollHealth,
    string? LastPollError,
    ContractOwner ContractOwner,
    TenantStanding State);
