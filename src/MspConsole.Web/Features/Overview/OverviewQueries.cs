using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Overview;

/// <summary>
/// The overview: tenant rows with their stored figures (one query, no count of the user table). Sorting on computed
/// percentages happens in memory; a few thousand small rows sort in well under a millisecond.
/// </summary>
public sealed class OverviewQueries(MspConsoleDbContext db, NameSortKeys nameKeys, TimeProvider time)
{
    public async Task<OverviewViewModel> GetAsync(TenantScope scope, OverviewInput input, CancellationToken cancellationToken)
    {
        var rows = await MatchingRowsAsync(scope, input, cancellationToken);
        var pageCount = Math.Max(1, (rows.Count + OverviewInput.PageSize - 1) / OverviewInput.PageSize);
        var page = Math.Clamp(input.Page, 1, pageCount);
        var totals = rows.Aggregate(UserCounts.Empty, (sum, row) => sum.Plus(row.Counts));
        return new OverviewViewModel(
            input with { Page = page },
            [.. rows.Skip((page - 1) * OverviewInput.PageSize).Take(OverviewInput.PageSize)],
            rows.Count,
            totals,
            rows.Count(row => row.Counts.AdminsWithoutMfa > 0),
            rows.Count(row => row.PollHealth is PollHealth.Failing or PollHealth.ConsentProblem or PollHealth.Stale),
            await TagsAsync(scope, cancellationToken),
            scope.IsAll ? await ManagersAsync(cancellationToken) : []);
    }

    /// <summary>Every tenant in scope that matches the filters, sorted; the page and the exports both start here.</summary>
    public async Task<List<TenantOverviewRow>> MatchingRowsAsync(TenantScope scope, OverviewInput input, CancellationToken cancellationToken)
    {
        var tenants = await FilteredTenants(scope, input)
            .LeftJoin(db.TenantFigures, tenant => tenant.Id, figures => figures.TenantId, (tenant, figures) => new
            {
                tenant.Id,
                tenant.DisplayName,
                tenant.DefaultDomain,
                tenant.Tags,
                tenant.SecurityDefaultsEnabled,
                tenant.ConditionalAccessMfaPolicies,
                tenant.LastPollFinishedAt,
                tenant.LastPollOutcome,
                tenant.LastSuccessfulPollAt,
                tenant.LastPollError,
                tenant.ConsentState,
                tenant.ContractOwner,
                tenant.PollingPaused,
                Counts = figures == null ? null : new UserCounts(
                    figures.Users, figures.NotRegistered, figures.SingleMethod, figures.Resilient, figures.Excluded, figures.Admins, figures.AdminsWithoutMfa),
            })
            .ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        var rows = tenants.Select(tenant => new TenantOverviewRow(
                tenant.Id,
                tenant.DisplayName,
                tenant.DefaultDomain,
                tenant.Tags.Length == 0 ? [] : tenant.Tags.Split(','),
                tenant.Counts ?? UserCounts.Empty,
                TenantHealth.EnforcementOf(tenant.SecurityDefaultsEnabled, tenant.ConditionalAccessMfaPolicies),
                tenant.LastPollFinishedAt,
                TenantHealth.PollHealthOf(tenant.LastPollOutcome, tenant.LastSuccessfulPollAt, tenant.ConsentState, now),
                tenant.LastPollError,
                tenant.ContractOwner,
                Tenant.StandingOf(offboardedAt: null, tenant.PollingPaused)))
            .Where(row => MatchesStatus(row, input.Status));
        return [.. Sort(rows, input.Sort, input.Desc)];
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

    private static bool MatchesStatus(TenantOverviewRow row, OverviewStatusFilter status) => status switch
    {
        OverviewStatusFilter.CriticalAdmins => row.Counts.AdminsWithoutMfa > 0,
        OverviewStatusFilter.BelowTarget => row.Counts.RegisteredRatio < OverviewInput.Target,
        OverviewStatusFilter.NoEnforcement => row.Enforcement == Enforcement.None,
        OverviewStatusFilter.PollProblems => row.PollHealth is PollHealth.Failing or PollHealth.ConsentProblem or PollHealth.Stale,
        _ => true,
    };

    private IEnumerable<TenantOverviewRow> Sort(IEnumerable<TenantOverviewRow> rows, OverviewSort sort, bool descending)
    {
        var keyOf = nameKeys.For(System.Globalization.CultureInfo.CurrentCulture);
        Func<TenantOverviewRow, System.Globalization.SortKey> name = row => keyOf(row.DisplayName);
        var byName = nameKeys.Comparer;
        IOrderedEnumerable<TenantOverviewRow> ordered = sort switch
        {
            OverviewSort.Name => rows.OrderBy(name, byName),
            OverviewSort.Users => rows.OrderBy(row => row.Counts.Users),
            OverviewSort.Registered => rows.OrderBy(row => row.Counts.RegisteredRatio ?? 2),
            OverviewSort.Resilient => rows.OrderBy(row => row.Counts.ResilientRatio ?? 2),
            OverviewSort.LastPoll => rows.OrderBy(row => row.LastPollFinishedAt ?? DateTimeOffset.MinValue),
            // Critical first: admins without MFA, then the lowest registration.
            _ => rows.OrderByDescending(row => row.Counts.AdminsWithoutMfa).ThenBy(row => row.Counts.RegisteredRatio ?? 2),
        };
        var sorted = ordered.ThenBy(name, byName).ThenBy(row => row.Id);
        return descending ? sorted.Reverse() : sorted;
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
