using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Alerts;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Alerts;

/// <summary>What holds now in a tenant for one kind of rule: one condition per subject (none when all is well).</summary>
public sealed class AlertConditions(MspConsoleDbContext db, TimeProvider time)
{
    /// <summary>More admins without MFA than this in one tenant are one problem to fix, not a flood of messages.</summary>
    public const int MaxAdminsPerTenant = 50;

    /// <summary>A failed batch older than this does not fire when a rule is first switched on.</summary>
    public static readonly TimeSpan BatchLookBack = TimeSpan.FromDays(7);

    public async Task<IReadOnlyList<AlertCondition>> ReadAsync(Tenant tenant, AlertKind kind, int? threshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return kind switch
        {
            AlertKind.AdminWithoutMfa => await AdminsWithoutMfaAsync(tenant.Id, cancellationToken),
            AlertKind.ConsentProblem => tenant.ConsentState is ConsentState.Missing or ConsentState.PermissionMissing
                ? [new AlertCondition(tenant.ConsentState.ToString(), tenant.ConsentState.ToString())]
                : [],
            AlertKind.PollsFailing => PollsFailing(tenant, threshold ?? 0),
            AlertKind.ResilientShareLow => await ResilientShareBelowAsync(tenant.Id, threshold ?? 0, cancellationToken),
            AlertKind.ReminderBatchFailed => await FailedBatchAsync(tenant.Id, cancellationToken),
            _ => [],
        };
    }

    private async Task<IReadOnlyList<AlertCondition>> AdminsWithoutMfaAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.TenantUsers.AsNoTracking()
            .Where(user => user.TenantId == tenantId && user.RemovedAt == null && user.IsAdmin && user.Status == MfaStatus.NotRegistered)
            .OrderBy(user => user.Id)
            .Take(MaxAdminsPerTenant)
            .Select(user => new AlertCondition(user.ObjectId, user.UserPrincipalName, null, null))
            .ToListAsync(cancellationToken);

    private List<AlertCondition> PollsFailing(Tenant tenant, int hours)
    {
        var lastGood = tenant.LastSuccessfulPollAt ?? tenant.CreatedAt;
        var failing = tenant.LastPollOutcome is PollOutcome.Failed or PollOutcome.Rescheduled;
        var since = time.GetUtcNow() - lastGood;
        return failing && since > TimeSpan.FromHours(hours)
            ? [new AlertCondition("polls", tenant.DisplayName, (int)since.TotalHours, tenant.LastPollError)]
            : [];
    }

    private async Task<IReadOnlyList<AlertCondition>> ResilientShareBelowAsync(Guid tenantId, int percent, CancellationToken cancellationToken)
    {
        var counts = await ReadFiguresAsync(tenantId, cancellationToken);
        if (counts.InScope == 0)
        {
            return [];
        }

        var share = counts.Resilient * 100 / counts.InScope;
        return share < percent ? [new AlertCondition("resilient-share", $"{share}%", share)] : [];
    }

    /// <summary>The one place alerts read a tenant's figures: the stored ones the overview shows.</summary>
    private Task<UserCounts> ReadFiguresAsync(Guid tenantId, CancellationToken cancellationToken) =>
        db.FiguresOfTenantAsync(TenantScope.All, tenantId, cancellationToken);

    /// <summary>The tenant's latest finished batch, when some of its reminders to this tenant could not be sent; it clears once a later batch finishes.</summary>
    private async Task<IReadOnlyList<AlertCondition>> FailedBatchAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - BatchLookBack;
        var latest = await db.ReminderBatches.AsNoTracking()
            .Where(batch => batch.FinishedAt != null && db.Reminders.Any(reminder => reminder.BatchId == batch.Id && reminder.TenantId == tenantId))
            .OrderByDescending(batch => batch.FinishedAt)
            .Select(batch => new { batch.Id, batch.FinishedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest?.FinishedAt is not { } finishedAt || finishedAt < since)
        {
            return [];
        }

        var failed = await db.Reminders.CountAsync(
            reminder => reminder.BatchId == latest.Id && reminder.TenantId == tenantId && reminder.Outcome == ReminderOutcome.Failed, cancellationToken);
        return failed > 0 ? [new AlertCondition(latest.Id.ToString("D"), latest.Id.ToString("D"), failed)] : [];
    }
}
