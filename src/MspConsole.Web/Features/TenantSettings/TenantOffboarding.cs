using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Onboarding;
using MspConsole.Infrastructure.Figures;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.Onboarding;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>
/// Offboards a tenant: it stops being polled (pollers and the schedule skip offboarded tenants) and leaves the overview.
/// With <see cref="OffboardMode.Purge"/> its users, snapshots, poll runs and reminders are deleted in the same
/// transaction as the audit entry; the tenant row stays (offboarded) so the audit log keeps pointing at a name,
/// and the audit log itself is never touched.
/// </summary>
public sealed class TenantOffboarding(MspConsoleDbContext db, AdminAudit audit, TimeProvider time)
{
    public async Task<bool> OffboardAsync(Guid tenantId, OffboardMode mode, CancellationToken cancellationToken)
    {
        var found = false;
        await db.InTransactionAsync(async ct =>
        {
            var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, ct);
            found = tenant is not null;
            if (tenant is null)
            {
                return;
            }

            var before = TenantAuditView.From(tenant);
            var purged = mode == OffboardMode.Purge
                ? new
                {
                    Users = await TenantFigureStore.DeleteUsersAsync(db, tenantId, ct),
                    Snapshots = await db.TenantSnapshots.Where(s => s.TenantId == tenantId).ExecuteDeleteAsync(ct),
                    PollRuns = await db.PollRuns.Where(r => r.TenantId == tenantId).ExecuteDeleteAsync(ct),
                    Reminders = await db.Reminders.Where(r => r.TenantId == tenantId).ExecuteDeleteAsync(ct),
                }
                : null;
            tenant.Offboard(time.GetUtcNow());
            await audit.AppendAsync(new AdminChange(OnboardingAuditActions.TenantOffboarded, tenantId, before,
                new { Tenant = TenantAuditView.From(tenant), Mode = mode.ToString(), Purged = purged }), ct);
        }, cancellationToken);
        return found;
    }
}
