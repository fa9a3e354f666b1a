using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Shared;

/// <summary>
/// Counts current users per tenant with one grouped query on (TenantId, Status, IsAdmin) — the index
/// declared for it — so a 5,000-tenant overview is one round trip, not one per tenant. Disabled accounts are not counted:
/// they are out of the compliance figures, as in the daily snapshots.
/// </summary>
public static class UserCountQueries
{
    public static async Task<Dictionary<Guid, UserCounts>> CountByTenantAsync(
        this MspConsoleDbContext db, TenantScope scope, Guid? onlyTenant, CancellationToken cancellationToken)
    {
        var users = db.TenantUsers.AsNoTracking().InScope(scope).Where(user => user.RemovedAt == null && user.Status != MfaStatus.Disabled);
        if (onlyTenant is { } tenantId)
        {
            users = users.Where(user => user.TenantId == tenantId);
        }

        var groups = await users
            .GroupBy(user => new { user.TenantId, user.Status, user.IsAdmin })
            .Select(group => new { group.Key.TenantId, group.Key.Status, group.Key.IsAdmin, Count = group.Count() })
            .ToListAsync(cancellationToken);

        var counts = new Dictionary<Guid, UserCounts>();
        foreach (var group in groups)
        {
            counts[group.TenantId] = counts.GetValueOrDefault(group.TenantId, UserCounts.Empty).Add(group.Status, group.IsAdmin, group.Count);
        }

        return counts;
    }

    public static async Task<UserCounts> CountTenantAsync(this MspConsoleDbContext db, TenantScope scope, Guid tenantId, CancellationToken cancellationToken) =>
        (await db.CountByTenantAsync(scope, tenantId, cancellationToken)).GetValueOrDefault(tenantId, UserCounts.Empty);
}
