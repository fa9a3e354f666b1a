using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>
/// Sets every tenant's stored name sort key that differs from <see cref="TenantNameSortKey.Of"/>: the migration that added the
/// column could only lower-case the names in SQL, not remove their accents. Reads the tenants' names once (a few thousand rows).
/// </summary>
public static class TenantNameSortKeyRepair
{
    public static async Task<int> RepairAsync(MspConsoleDbContext db, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking()
            .Select(tenant => new { tenant.Id, tenant.DisplayName, tenant.NameSortKey })
            .ToListAsync(cancellationToken);
        var repaired = 0;
        foreach (var tenant in tenants.Where(tenant => tenant.NameSortKey != TenantNameSortKey.Of(tenant.DisplayName)))
        {
            var key = TenantNameSortKey.Of(tenant.DisplayName);
            repaired += await db.Tenants.Where(row => row.Id == tenant.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.NameSortKey, key), cancellationToken);
        }

        return repaired;
    }
}
