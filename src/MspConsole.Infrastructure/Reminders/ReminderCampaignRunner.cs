using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>Runs tenants' reminder campaigns: which are in their sending window now, and one tenant's run.</summary>
public sealed class ReminderCampaignRunner(
    MspConsoleDbContext db,
    ReminderCandidates candidates,
    ReminderBatchProcessor processor,
    IOptions<ReminderOptions> options,
    IOptions<DisplayOptions> display,
    TimeProvider time,
    ILogger<ReminderCampaignRunner> logger)
{
    /// <summary>Tenants with an enabled campaign whose sending window (day and hour in the MSP's time zone) is open now.</summary>
    public async Task<IReadOnlyList<Guid>> DueTenantsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var policies = await db.ReminderPolicies.AsNoTracking()
            .Where(policy => policy.Enabled && db.Tenants.Any(tenant => tenant.Id == policy.TenantId && tenant.OffboardedAt == null && !tenant.PollingPaused))
            .ToListAsync(cancellationToken);
        return [.. policies.Where(policy => policy.IsInSendingWindow(now, display.Value.Zone)).Select(policy => policy.TenantId)];
    }

    /// <summary>One tenant's campaign run: queues and sends the reminders that are due. Null when nothing was due
    /// (no batch, no audit entry: a run that changes nothing is not an action).</summary>
    public async Task<ReminderBatch?> RunTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var policy = await db.ReminderPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.TenantId == tenantId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (policy is not { Enabled: true } || tenant is null || tenant.Standing != TenantStanding.Active || !policy.IsInSendingWindow(now, display.Value.Zone))
        {
            return null;
        }

        if (tenant.LastSuccessfulPollAt is not { } polledAt || now - polledAt > TimeSpan.FromHours(options.Value.CampaignMaxDataAgeHours)
            || tenant.ConsentState is ConsentState.Missing or ConsentState.PermissionMissing)
        {
            logger.LogWarning("Campaign of {TenantId} skipped: its data is out of date (last successful poll {PolledAt}) or consent is missing", tenantId, tenant.LastSuccessfulPollAt);
            return null;
        }

        var due = await candidates.DueForCampaignAsync(policy, now, cancellationToken);
        if (due.Count == 0)
        {
            return null;
        }

        var batch = new ReminderBatch(ReminderBatchKind.Campaign, ReminderTarget.Campaign, tenantId, ReminderCampaign.Actor, reason: null, now);
        batch.Expanded(now);
        db.ReminderBatches.Add(batch);
        db.Reminders.AddRange(due.Select(objectId => Reminder.Queue(tenantId, objectId, batch.Id, ReminderCampaign.ActorName, now)));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Campaign of {TenantId}: {Count} users due", tenantId, due.Count);
        return await processor.ProcessAsync(batch.Id, cancellationToken);
    }
}
