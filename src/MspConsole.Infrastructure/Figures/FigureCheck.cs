using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Figures;

/// <summary>Compares every tenant's stored figures with a recount of its users and, when asked, rewrites those that differ.</summary>
public static class FigureCheck
{
    public static async Task<IReadOnlyList<FigureDifference>> RunAsync(MspConsoleDbContext db, bool repair, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking().OrderBy(tenant => tenant.DisplayName)
            .Select(tenant => new { tenant.Id, tenant.DisplayName }).ToListAsync(cancellationToken);
        List<FigureDifference> found = [];
        foreach (var tenant in tenants)
        {
            var differences = (await TenantFigureStore.StoredAsync(db, tenant.Id, cancellationToken))
                .DifferencesTo(await TenantFigureStore.RecountAsync(db, tenant.Id, cancellationToken));
            if (differences.Count == 0)
            {
                continue;
            }

            if (repair)
            {
                // Recounted again inside the rewrite's transaction: a poll may have moved the figures meanwhile.
                var (before, after) = await TenantFigureStore.RewriteAsync(db, tenant.Id, cancellationToken);
                differences = before.DifferencesTo(after);
            }

            if (differences.Count > 0)
            {
                found.Add(new FigureDifference(tenant.Id, tenant.DisplayName, differences));
            }
        }

        return found;
    }

    /// <summary>Counts the figures of tenants that have users but no figures yet (users written by bulk SQL, as the benchmarks' dataset does).</summary>
    public static async Task<int> FillMissingAsync(MspConsoleDbContext db, CancellationToken cancellationToken)
    {
        var missing = await db.Tenants.AsNoTracking()
            .Where(tenant => tenant.Users == 0 && tenant.Disabled == 0 && db.TenantUsers.Any(user => user.TenantId == tenant.Id && user.RemovedAt == null))
            .Select(tenant => tenant.Id)
            .ToListAsync(cancellationToken);
        foreach (var tenantId in missing)
        {
            await TenantFigureStore.RewriteAsync(db, tenantId, cancellationToken);
        }

        return missing.Count;
    }
}
