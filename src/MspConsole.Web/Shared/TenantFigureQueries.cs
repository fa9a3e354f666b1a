using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Shared;

/// <summary>
/// Reads the tenants' stored figures (columns of the tenant row, kept current by every save that moves them), never the user
/// table: a 5,000-tenant overview is one small read, not a count of 1,000,000 users.
/// </summary>
public static class TenantFigureQueries
{
    private static readonly Expression<Func<Tenant, UserCounts>> ToCounts = tenant => new UserCounts(
        tenant.Users, tenant.NotRegistered, tenant.SingleMethod, tenant.Resilient, tenant.Excluded, tenant.Admins, tenant.AdminsWithoutMfa);

    public static async Task<Dictionary<Guid, UserCounts>> FiguresByTenantAsync(this MspConsoleDbContext db, TenantScope scope, CancellationToken cancellationToken)
    {
        var tenants = db.Tenants.AsNoTracking();
        if (!scope.IsAll)
        {
            tenants = tenants.Where(tenant => scope.TenantIds.Contains(tenant.Id));
        }

        return await tenants
            .Select(tenant => new { tenant.Id, Counts = new UserCounts(tenant.Users, tenant.NotRegistered, tenant.SingleMethod, tenant.Resilient, tenant.Excluded, tenant.Admins, tenant.AdminsWithoutMfa) })
            .ToDictionaryAsync(row => row.Id, row => row.Counts, cancellationToken);
    }

    public static async Task<UserCounts> FiguresOfTenantAsync(this MspConsoleDbContext db, TenantScope scope, Guid tenantId, CancellationToken cancellationToken) =>
        scope.Includes(tenantId)
            ? await db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId).Select(ToCounts).SingleOrDefaultAsync(cancellationToken) ?? UserCounts.Empty
            : UserCounts.Empty;
}
