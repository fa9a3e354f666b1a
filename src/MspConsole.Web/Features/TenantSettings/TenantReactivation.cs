using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Graph;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Polling;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.Onboarding;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>
/// Brings an offboarded tenant back. Offboarded keeping its data, it returns with its history; purged, it returns as a
/// tenant never polled. Either way the change is audited, then the normal connection test runs (recording consent as it
/// finds it) and the tenant is polled once that test passes; without consent it waits for the consent link, as a new one does.
/// </summary>
public sealed class TenantReactivation(
    MspConsoleDbContext db, TenantChanges changes, ConnectionTesting connection, IPollScheduler polls, ILogger<TenantReactivation> logger)
{
    /// <summary>Null when there is no such tenant or it is not offboarded.</summary>
    public async Task<TenantReactivationResult?> ReactivateAsync(Guid tenantId, string source, CancellationToken cancellationToken)
    {
        // Purge deletes users and snapshots but keeps the row (the audit log points at it): no data left means "as new".
        var asNew = !await db.TenantUsers.AnyAsync(user => user.TenantId == tenantId, cancellationToken)
            && !await db.TenantSnapshots.AnyAsync(snapshot => snapshot.TenantId == tenantId, cancellationToken);
        var reactivated = false;
        await changes.ApplyAsync(tenantId, tenant =>
        {
            if (tenant.OffboardedAt is null)
            {
                return null;
            }

            var before = TenantAuditView.From(tenant);
            tenant.Reactivate(asNew);
            reactivated = true;
            return new AdminChange(OnboardingAuditActions.TenantReactivated, tenantId, before,
                new { Tenant = TenantAuditView.From(tenant), Mode = asNew ? "AsNew" : "WithHistory", Source = source });
        }, cancellationToken);
        if (!reactivated)
        {
            return null;
        }

        var test = await connection.RunAsync(tenantId, ConnectionTestTriggers.Reactivation, cancellationToken);
        if (test.IsReady)
        {
            polls.PollTenantNow(tenantId);
        }

        logger.LogInformation("Tenant {TenantId} reactivated {Mode} from {Source}; connection {Connection}",
            tenantId, asNew ? "as new" : "with its history", source, test.IsReady ? "ready, poll queued" : "not ready");
        return new TenantReactivationResult(asNew, test);
    }
}
