using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>
/// Applies one admin change to a tenant and appends its audit entry in the same SaveChanges. A poll finishing at the
/// same moment changes the tenant's concurrency token; the change is then re-applied to the fresh row (twice at most).
/// </summary>
public sealed class TenantChanges(MspConsoleDbContext db, AdminAudit audit)
{
    private const int MaxAttempts = 3;

    /// <summary>False when there is no such tenant. <paramref name="apply"/> changes the tenant and describes the change,
    /// or returns null when there is nothing to change.</summary>
    public async Task<bool> ApplyAsync(Guid tenantId, Func<Tenant, AdminChange?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
            if (tenant is null)
            {
                return false;
            }

            if (apply(tenant) is not { } change)
            {
                return true;
            }

            try
            {
                await audit.AppendAsync(change, cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Someone else saved the tenant in between: start again from the current row.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
