using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Figures;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;

namespace MspConsole.Web.Shared;

/// <summary>
/// Reads the tenants' stored figures (kept current by every save that moves them), never the user table: a 5,000-tenant
/// overview is one small read, not a count of 1,000,000 users. A tenant without stored figures has had no user yet.
/// </summary>
public static class TenantFigureQueries
{
    public static readonly Expression<Func<TenantFigures, UserCounts>> ToCounts = figures => new UserCounts(
        figures.Users, figures.NotRegistered, figures.SingleMethod, figures.Resilient, figures.Excluded, figures.Admins, figures.AdminsWithoutMfa);

    public static async Task<Dictionary<Guid, UserCounts>> FiguresByTenantAsync(this MspConsoleDbContext db, TenantScope scope, CancellationToken cancellationToken)
    {
        var figures = db.TenantFigures.AsNoTracking();
        if (!scope.IsAll)
        {
            figures = figures.Where(row => scope.TenantIds.Contains(row.TenantId));
        }

        return await figures
            .Select(row => new { row.TenantId, row.Users, row.NotRegistered, row.SingleMethod, row.Resilient, row.Excluded, row.Admins, row.AdminsWithoutMfa })
            .ToDictionaryAsync(row => row.TenantId,
                row => new UserCounts(row.Users, row.NotRegistered, row.SingleMethod, row.Resilient, row.Excluded, row.Admins, row.AdminsWithoutMfa), cancellationToken);
    }

    public static async Task<UserCounts> FiguresOfTenantAsync(this MspConsoleDbContext db, TenantScope scope, Guid tenantId, CancellationToken cancellationToken) =>
        scope.Includes(tenantId)
            ? await db.TenantFigures.AsNoTracking().Where(figures => figures.TenantId == tenantId).Select(ToCounts).SingleOrDefaultAsync(cancellationToken) ?? UserCounts.Empty
            : UserCounts.Empty;
}
