using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.Overview;

/// <summary>
/// A tenant and its figures as one row of the overview's query: the filters, sorts, page and totals compose on it in SQL.
/// Set by member initialisation only, so EF can translate what is built on top of it.
/// </summary>
public sealed class OverviewCandidate
{
    public Guid Id { get; init; }

    /// <summary>Always null here (offboarded tenants are not in the overview); the totals group by it.</summary>
    public DateTimeOffset? OffboardedAt { get; init; }

    public string DisplayName { get; init; } = "";

    public string NameSortKey { get; init; } = "";

    public string DefaultDomain { get; init; } = "";

    public string Tags { get; init; } = "";

    public bool? SecurityDefaultsEnabled { get; init; }

    public int? ConditionalAccessMfaPolicies { get; init; }

    public DateTimeOffset? LastPollFinishedAt { get; init; }

    public PollOutcome? LastPollOutcome { get; init; }

    public DateTimeOffset? LastSuccessfulPollAt { get; init; }

    public string? LastPollError { get; init; }

    public ConsentState ConsentState { get; init; }

    public ContractOwner ContractOwner { get; init; }

    public bool PollingPaused { get; init; }

    public int Users { get; init; }

    public int NotRegistered { get; init; }

    public int SingleMethod { get; init; }

    public int Resilient { get; init; }

    public int Excluded { get; init; }

    public int Admins { get; init; }

    public int AdminsWithoutMfa { get; init; }

    /// <summary>The registered share, 2 (after every share) when no user is in scope: UserCounts.RegisteredRatio ?? 2.</summary>
    public double RegisteredOrder { get; init; }

    /// <summary>The resilient share, 2 when no user is in scope: UserCounts.ResilientRatio ?? 2.</summary>
    public double ResilientOrder { get; init; }

    /// <summary>TenantHealth.PollHealthOf is Failing, ConsentProblem or Stale.</summary>
    public bool HasPollProblem { get; init; }

    /// <summary>TenantHealth.EnforcementOf is None.</summary>
    public bool HasNoEnforcement { get; init; }
}
