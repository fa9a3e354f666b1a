using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Shared;

/// <summary>
/// Reads the tenants' stored figures (columns of the tenant row, kept current by every save that moves them), never the user
/// table: a 5,000-tenant overview is one small read, not a count of 1,000,000 users.
/// </summary>
public static class TenantFigureQueries
{
    public static async Task<UserCounts> FiguresOfTenantAsync(this MspConsoleDbContext db, TenantScope scope, Guid tenantId, CancellationToken cancellationToken) =>
        scope.Includes(tenantId)
            ? UserCounts.Of(await db.Tenants.AsNoTracking().Where(tenant => tenant.Id == tenantId).Select(tenant => tenant.Figures).SingleOrDefaultAsync(cancellationToken))
            : UserCounts.Empty;
}
