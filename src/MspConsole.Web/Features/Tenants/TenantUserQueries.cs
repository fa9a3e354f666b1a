using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

/// <summary>A tenant's user table: filters, prefix search and keyset paging on (sort key, id); the default UPN order is served by the (TenantId, UserPrincipalName) index.</summary>
public sealed class TenantUserQueries(MspConsoleDbContext db)
{
    public static readonly Expression<Func<TenantUser, TenantUserRow>> ToRow = user => new TenantUserRow(
        user.Id, user.ObjectId, user.UserPrincipalName, user.DisplayName, user.Status, user.IsAdmin, user.IsGuest,
        user.MfaMethodCount, user.DefaultMethod, user.LastUpdatedInGraph);

    public async Task<TenantUserPage> PageAsync(TenantScope scope, Guid tenantId, TenantUserInput input, CancellationToken cancellationToken)
    {
        var filtered = Filtered(scope, tenantId, input);
        var rows = await UserKeyset.Page(filtered, input).Select(ToRow).Take(TenantUserInput.PageSize + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > TenantUserInput.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var matching = await StoredCountAsync(scope, tenantId, input, cancellationToken) ?? await filtered.CountAsync(cancellationToken);
        return new TenantUserPage(input, rows, hasMore ? rows[^1] : null, matching);
    }

    /// <summary>How many users the filter matches, from the tenant's stored figures; null with a search or the admins filter, which
    /// the figures do not count (admins there leave disabled accounts out).</summary>
    private async Task<int?> StoredCountAsync(TenantScope scope, Guid tenantId, TenantUserInput input, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(input.Q) || input.Filter == UserFilter.Admins)
        {
            return null;
        }

        if (!scope.Includes(tenantId))
        {
            return 0;
        }

        var figures = await db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId).Select(tenant => tenant.Figures).SingleOrDefaultAsync(cancellationToken);
        return input.Filter switch
        {
            UserFilter.NotRegistered => figures.NotRegistered,
            UserFilter.SingleMethod => figures.SingleMethod,
            UserFilter.Resilient => figures.Resilient,
            UserFilter.Excluded => figures.Excluded,
            UserFilter.Disabled => figures.Disabled,
            UserFilter.CriticalAdmins => figures.AdminsWithoutMfa,
            _ => figures.Users + figures.Disabled,
        };
    }

    /// <summary>All matching users in UPN order, streamed (exports of 20,000-user tenants).</summary>
    public IAsyncEnumerable<TenantUserRow> StreamAsync(TenantScope scope, Guid tenantId, TenantUserInput input) =>
        Filtered(scope, tenantId, input).OrderBy(user => user.UserPrincipalName).ThenBy(user => user.Id).Select(ToRow).AsAsyncEnumerable();

    public async Task<List<TenantUserRow>> CriticalAdminsAsync(TenantScope scope, Guid tenantId, int max, CancellationToken cancellationToken) =>
        await Filtered(scope, tenantId, new TenantUserInput { Filter = UserFilter.CriticalAdmins })
            .OrderBy(user => user.UserPrincipalName).Select(ToRow).Take(max).ToListAsync(cancellationToken);

    /// <summary>The report's users who need to act, one group per status, admins first; each group capped at <paramref name="maxPerGroup"/>.</summary>
    public async Task<List<ReportUserGroup>> NeedingActionAsync(TenantScope scope, Guid tenantId, int maxPerGroup, CancellationToken cancellationToken)
    {
        List<ReportUserGroup> groups = [];
        foreach (var status in (MfaStatus[])[MfaStatus.NotRegistered, MfaStatus.SingleMethod])
        {
            var users = Current(scope, tenantId).Where(user => user.Status == status);
            var rows = await users.OrderByDescending(user => user.IsAdmin).ThenBy(user => user.UserPrincipalName)
                .Select(ToRow).Take(maxPerGroup).ToListAsync(cancellationToken);
            groups.Add(new ReportUserGroup(status, await users.CountAsync(cancellationToken), rows));
        }

        return groups;
    }

    /// <summary>The report's optional appendix: every current user, in UPN order.</summary>
    public async Task<List<TenantUserRow>> AllAsync(TenantScope scope, Guid tenantId, int max, CancellationToken cancellationToken) =>
        await Current(scope, tenantId).OrderBy(user => user.UserPrincipalName).ThenBy(user => user.Id).Select(ToRow).Take(max).ToListAsync(cancellationToken);

    private IQueryable<TenantUser> Current(TenantScope scope, Guid tenantId) =>
        db.TenantUsers.AsNoTracking().InScope(scope).Where(user => user.TenantId == tenantId && user.RemovedAt == null);

    private IQueryable<TenantUser> Filtered(TenantScope scope, Guid tenantId, TenantUserInput input)
    {
        var users = Current(scope, tenantId);
        if (TenantUserInput.StatusOf(input.Filter) is { } status)
        {
            users = users.Where(user => user.Status == status);
        }

        if (input.Filter is UserFilter.Admins or UserFilter.CriticalAdmins)
        {
            users = users.Where(user => user.IsAdmin);
        }

        if (!string.IsNullOrWhiteSpace(input.Q))
        {
            var pattern = LikePattern.StartsWith(input.Q.Trim());
            users = users.Where(user => EF.Functions.Like(user.UserPrincipalName, pattern, LikePattern.Escape)
                || EF.Functions.Like(user.DisplayName, pattern, LikePattern.Escape));
        }

        return users;
    }
}
