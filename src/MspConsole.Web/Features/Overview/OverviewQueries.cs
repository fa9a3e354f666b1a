using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Overview;

/// <summary>
/// The overview: tenant rows with their stored figures (columns of the tenant row), filtered, sorted and paged in the database.
/// A page is one aggregate query (count, totals) and one query for its 50 rows; every sort has an index (see TenantConfiguration),
/// so a page reads its rows in order instead of sorting every tenant.
/// </summary>
public sealed class OverviewQueries(MspConsoleDbContext db, TimeProvider time)
{
    public async Task<OverviewViewModel> GetAsync(TenantScope scope, OverviewInput input, CancellationToken cancellationToken)
    {
        var matching = Matching(scope, input);
        // One group: every matching tenant is not offboarded. Grouped by that column rather than by a constant, SQLite reads the
        // totals from IX_Tenants_Overview_Totals in order instead of sorting every tenant into a temporary tree first.
        var summary = await matching
            .GroupBy(row => row.OffboardedAt)
            .Select(all => new
            {
                Tenants = all.Count(),
                Users = all.Sum(row => row.Users),
                NotRegistered = all.Sum(row => row.NotRegistered),
                SingleMethod = all.Sum(row => row.SingleMethod),
                Resilient = all.Sum(row => row.Resilient),
                Excluded = all.Sum(row => row.Excluded),
                Admins = all.Sum(row => row.Admins),
                AdminsWithoutMfa = all.Sum(row => row.AdminsWithoutMfa),
                WithCriticalAdmins = all.Count(row => row.AdminsWithoutMfa > 0),
                WithPollProblems = all.Count(row => row.HasPollProblem),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var tenants = summary?.Tenants ?? 0;
        var pageCount = Math.Max(1, (tenants + OverviewInput.PageSize - 1) / OverviewInput.PageSize);
        var page = Math.Clamp(input.Page, 1, pageCount);
        var rows = await RowsAsync(
            Sort(matching, input.Sort, input.Desc).Skip((page - 1) * OverviewInput.PageSize).Take(OverviewInput.PageSize), cancellationToken);
        return new OverviewViewModel(
            input with { Page = page },
            rows,
            tenants,
            summary is null
                ? UserCounts.Empty
                : new UserCounts(summary.Users, summary.NotRegistered, summary.SingleMethod, summary.Resilient, summary.Excluded, summary.Admins, summary.AdminsWithoutMfa),
            summary?.WithCriticalAdmins ?? 0,
            summary?.WithPollProblems ?? 0,
            await TagsAsync(scope, cancellationToken),
            scope.IsAll ? await ManagersAsync(cancellationToken) : []);
    }

    /// <summary>Every tenant in scope that matches the filters, sorted as the page sorts them: the exports.</summary>
    public Task<List<TenantOverviewRow>> MatchingRowsAsync(TenantScope scope, OverviewInput input, CancellationToken cancellationToken) =>
        RowsAsync(Sort(Matching(scope, input), input.Sort, input.Desc), cancellationToken);

    private IQueryable<OverviewCandidate> Matching(TenantScope scope, OverviewInput input)
    {
        var staleBefore = time.GetUtcNow() - TenantHealth.StaleAfter;
        var candidates = FilteredTenants(scope, input)
            .Select(tenant => new OverviewCandidate
            {
                Id = tenant.Id,
                OffboardedAt = tenant.OffboardedAt,
                DisplayName = tenant.DisplayName,
                NameSortKey = tenant.NameSortKey,
                DefaultDomain = tenant.DefaultDomain,
                Tags = tenant.Tags,
                SecurityDefaultsEnabled = tenant.SecurityDefaultsEnabled,
                ConditionalAccessMfaPolicies = tenant.ConditionalAccessMfaPolicies,
                LastPollFinishedAt = tenant.LastPollFinishedAt,
                LastPollOutcome = tenant.LastPollOutcome,
                LastSuccessfulPollAt = tenant.LastSuccessfulPollAt,
                LastPollError = tenant.LastPollError,
                ConsentState = tenant.ConsentState,
                ContractOwner = tenant.ContractOwner,
                PollingPaused = tenant.PollingPaused,
                Users = tenant.Users,
                NotRegistered = tenant.NotRegistered,
                SingleMethod = tenant.SingleMethod,
                Resilient = tenant.Resilient,
                Excluded = tenant.Excluded,
                Admins = tenant.Admins,
                AdminsWithoutMfa = tenant.AdminsWithoutMfa,
                RegisteredOrder = EF.Property<double>(tenant, TenantSortKeys.RegisteredShare),
                ResilientOrder = EF.Property<double>(tenant, TenantSortKeys.ResilientShare),
                HasPollProblem = tenant.ConsentState == ConsentState.Missing
                    || tenant.ConsentState == ConsentState.PermissionMissing
                    || tenant.LastPollOutcome == PollOutcome.Failed
                    || tenant.LastPollOutcome == PollOutcome.Rescheduled
                    || (tenant.LastPollOutcome != null && tenant.LastPollOutcome != PollOutcome.Running
                        && (tenant.LastSuccessfulPollAt == null || tenant.LastSuccessfulPollAt < staleBefore)),
                HasNoEnforcement = tenant.SecurityDefaultsEnabled != true
                    && !(tenant.ConditionalAccessMfaPolicies > 0)
                    && (tenant.SecurityDefaultsEnabled != null || tenant.ConditionalAccessMfaPolicies != null),
            });
        return input.Status switch
        {
            OverviewStatusFilter.CriticalAdmins => candidates.Where(row => row.AdminsWithoutMfa > 0),
            OverviewStatusFilter.BelowTarget => candidates.Where(row => row.RegisteredOrder < OverviewInput.Target),
            OverviewStatusFilter.NoEnforcement => candidates.Where(row => row.HasNoEnforcement),
            OverviewStatusFilter.PollProblems => candidates.Where(row => row.HasPollProblem),
            _ => candidates,
        };
    }

    private IQueryable<Tenant> FilteredTenants(TenantScope scope, OverviewInput input)
    {
        var tenants = db.Tenants.AsNoTracking().InScope(scope).Where(tenant => tenant.OffboardedAt == null);
        if (!string.IsNullOrWhiteSpace(input.Q))
        {
            var pattern = LikePattern.Contains(input.Q.Trim());
            tenants = tenants.Where(tenant =>
                EF.Functions.Like(tenant.DisplayName, pattern, LikePattern.Escape) || EF.Functions.Like(tenant.DefaultDomain, pattern, LikePattern.Escape));
        }

        if (!string.IsNullOrWhiteSpace(input.Tag))
        {
            // Tags are stored lower case, comma-joined: match a whole tag, not a substring of one.
            var pattern = "%," + LikePattern.Literal(input.Tag.Trim().ToLowerInvariant()) + ",%";
            tenants = tenants.Where(tenant => EF.Functions.Like("," + tenant.Tags + ",", pattern, LikePattern.Escape));
        }

        if (!string.IsNullOrWhiteSpace(input.Manager))
        {
            tenants = tenants.Where(tenant => db.AccountManagerAssignments.Any(assignment =>
                assignment.TenantId == tenant.Id && assignment.AccountManagerObjectId == input.Manager));
        }

        return tenants;
    }

    /// <summary>The sort, then the name, then the id: the order is total, so pages neither repeat nor skip a tenant.
    /// Descending reverses all three.</summary>
    private static IOrderedQueryable<OverviewCandidate> Sort(IQueryable<OverviewCandidate> rows, OverviewSort sort, bool descending)
    {
        var ordered = sort switch
        {
            OverviewSort.Name => rows.OrderBy(row => row.NameSortKey, descending),
            OverviewSort.Users => rows.OrderBy(row => row.Users, descending).ThenBy(row => row.NameSortKey, descending),
            OverviewSort.Registered => rows.OrderBy(row => row.RegisteredOrder, descending).ThenBy(row => row.NameSortKey, descending),
            OverviewSort.Resilient => rows.OrderBy(row => row.ResilientOrder, descending).ThenBy(row => row.NameSortKey, descending),
            // Never polled first (null sorts first ascending, last descending, on SQLite and SQL Server alike).
            OverviewSort.LastPoll => rows.OrderBy(row => row.LastPollFinishedAt, descending).ThenBy(row => row.NameSortKey, descending),
            // Critical first: admins without MFA, then the lowest registration.
            _ => rows.OrderBy(row => row.AdminsWithoutMfa, !descending)
                .ThenBy(row => row.RegisteredOrder, descending)
                .ThenBy(row => row.NameSortKey, descending),
        };
        return ordered.ThenBy(row => row.Id, descending);
    }

    private async Task<List<TenantOverviewRow>> RowsAsync(IQueryable<OverviewCandidate> query, CancellationToken cancellationToken)
    {
        var candidates = await query.ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. candidates.Select(tenant => new TenantOverviewRow(
            tenant.Id,
            tenant.DisplayName,
            tenant.DefaultDomain,
            tenant.Tags.Length == 0 ? [] : tenant.Tags.Split(','),
            new UserCounts(tenant.Users, tenant.NotRegistered, tenant.SingleMethod, tenant.Resilient, tenant.Excluded, tenant.Admins, tenant.AdminsWithoutMfa),
            TenantHealth.EnforcementOf(tenant.SecurityDefaultsEnabled, tenant.ConditionalAccessMfaPolicies),
            tenant.LastPollFinishedAt,
            TenantHealth.PollHealthOf(tenant.LastPollOutcome, tenant.LastSuccessfulPollAt, tenant.ConsentState, now),
            tenant.LastPollError,
            tenant.ContractOwner,
            Tenant.StandingOf(offboardedAt: null, tenant.PollingPaused)))];
    }

    private async Task<IReadOnlyList<string>> TagsAsync(TenantScope scope, CancellationToken cancellationToken)
    {
        var tagLists = await db.Tenants.AsNoTracking().InScope(scope)
            .Where(tenant => tenant.OffboardedAt == null && tenant.Tags != "")
            .Select(tenant => tenant.Tags).Distinct().ToListAsync(cancellationToken);
        return [.. tagLists.SelectMany(tags => tags.Split(',')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<AccountManagerOption>> ManagersAsync(CancellationToken cancellationToken)
    {
        var managers = await db.AccountManagerAssignments.AsNoTracking()
            .Select(assignment => new { assignment.AccountManagerObjectId, assignment.AccountManagerUpn })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. managers
            .Select(manager => new AccountManagerOption(manager.AccountManagerObjectId, manager.AccountManagerUpn))
            .DistinctBy(manager => manager.ObjectId)
            .OrderBy(manager => manager.UserPrincipalName, StringComparer.OrdinalIgnoreCase)];
    }
}
