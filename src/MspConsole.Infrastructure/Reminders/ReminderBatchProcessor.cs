using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Audit;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>
/// Works through one batch: expands its target into queued reminders (once), sends each pending one, then records
/// the batch's counts and its one audit entry in the same save. Idempotent: a rerun (Hangfire may run a job twice)
/// only sends what is still pending, and a finished batch is left alone.
/// </summary>
public sealed class ReminderBatchProcessor(
    MspConsoleDbContext db,
    ReminderCandidates candidates,
    ReminderSender sender,
    IReminderBatchLock batchLock,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ReminderBatchProcessor> logger)
{
    private const int PageSize = 100;

    public async Task<ReminderBatch?> ProcessAsync(Guid batchId, CancellationToken cancellationToken)
    {
        using var held = batchLock.TryAcquire(batchId);
        if (held is null)
        {
            logger.LogInformation("Reminder batch {BatchId} is being sent by another worker", batchId);
            return null;
        }

        var batch = await db.ReminderBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.IsFinished)
        {
            logger.LogInformation("Reminder batch {BatchId} is {State}; nothing to do", batchId, batch is null ? "unknown" : "finished");
            return batch;
        }

        if (batch.ExpandedAt is null)
        {
            await ExpandAsync(batch, cancellationToken);
        }

        batch.Started(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await SendPendingAsync(batch, cancellationToken);
        return await FinishAsync(batchId, cancellationToken);
    }

    private async Task ExpandAsync(ReminderBatch batch, CancellationToken cancellationToken)
    {
        var users = batch.Target switch
        {
            ReminderTarget.Tenant => candidates.NonCompliantOfTenant(batch.TenantId!.Value), // The constructor requires a tenant for this target.
            ReminderTarget.AllTenants => candidates.NonCompliantOfActiveTenants(),
            _ => throw new InvalidOperationException($"Batch {batch.Id} ({batch.Target}) should have been queued when it was made."),
        };
        var now = time.GetUtcNow();
        var targets = await users.AsNoTracking().OrderBy(user => user.Id).Select(user => new { user.TenantId, user.ObjectId }).ToListAsync(cancellationToken);
        // One save: the queued reminders and the "expanded" mark land together, so a rerun never queues twice.
        db.Reminders.AddRange(targets.Select(user => Reminder.Queue(user.TenantId, user.ObjectId, batch.Id, batch.RequestedBy, now)));
        batch.Expanded(now);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reminder batch {BatchId}: queued {Count} reminders for {Target}", batch.Id, targets.Count, batch.Target);
    }

    private async Task SendPendingAsync(ReminderBatch batch, CancellationToken cancellationToken)
    {
        var tenants = new Dictionary<Guid, Tenant?>();
        var policies = new Dictionary<Guid, ReminderPolicy?>();
        while (true)
        {
            var pending = await db.Reminders
                .Where(reminder => reminder.BatchId == batch.Id && reminder.Outcome == null)
                .OrderBy(reminder => reminder.Id)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return;
            }

            var users = await UsersOfAsync(pending, cancellationToken);
            foreach (var reminder in pending)
            {
                var tenant = await CachedAsync(tenants, reminder.TenantId, id => db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken));
                var policy = await CachedAsync(policies, reminder.TenantId, id => db.ReminderPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.TenantId == id, cancellationToken));
                if (tenant is null)
                {
                    reminder.Skipped("The tenant is no longer in the console.");
                }
                else
                {
                    users.TryGetValue((reminder.TenantId, reminder.UserObjectId), out var user);
                    await sender.SendAsync(reminder, tenant, user, policy, batch.Kind == ReminderBatchKind.Campaign ? policy : null, cancellationToken);
                }

                // Saved per reminder on purpose: a sent mail is on record before the next one goes, so a rerun never repeats it.
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task<Dictionary<(Guid, string), TenantUser>> UsersOfAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        var tenantIds = reminders.Select(reminder => reminder.TenantId).Distinct().ToList();
        var objectIds = reminders.Select(reminder => reminder.UserObjectId).Distinct().ToList();
        var users = await db.TenantUsers.AsNoTracking()
            .Where(user => tenantIds.Contains(user.TenantId) && objectIds.Contains(user.ObjectId))
            .ToListAsync(cancellationToken);
        return users.ToDictionary(user => (user.TenantId, user.ObjectId));
    }

    private async Task<ReminderBatch> FinishAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.ReminderBatches.SingleAsync(b => b.Id == batchId, cancellationToken);
        var reminders = await db.Reminders.AsNoTracking()
            .Where(reminder => reminder.BatchId == batchId)
            .Select(reminder => new { reminder.TenantId, reminder.UserObjectId, reminder.Outcome, reminder.Error, reminder.GraphRequestId })
            .ToListAsync(cancellationToken);
        var sent = reminders.Count(reminder => reminder.Outcome == ReminderOutcome.Sent);
        var failed = reminders.Where(reminder => reminder.Outcome == ReminderOutcome.Failed).ToList();
        var skipped = reminders.Count(reminder => reminder.Outcome == ReminderOutcome.Skipped);
        batch.Finish(time.GetUtcNow(), sent, failed.Count, skipped);

        var single = batch.Target == ReminderTarget.Users && reminders.Count == 1 ? reminders[0] : null;
        var targetUpn = single is null ? null : await db.TenantUsers.AsNoTracking()
            .Where(user => user.TenantId == single.TenantId && user.ObjectId == single.UserObjectId)
            .Select(user => user.UserPrincipalName)
            .FirstOrDefaultAsync(cancellationToken);
        var auditEvent = new AuditEvent(
            time.GetUtcNow(),
            batch.RequestedByObjectId,
            batch.RequestedBy,
            batch.RequestedByRole,
            batch.Kind == ReminderBatchKind.Campaign ? ReminderAuditActions.CampaignRun
                : single is not null ? ReminderAuditActions.SendReminder : ReminderAuditActions.SendReminders,
            failed.Count > 0 ? AuditOutcome.Failed : AuditOutcome.Succeeded,
            batch.TenantId,
            single?.UserObjectId,
            targetUpn,
            Reason: batch.Reason,
            After: ReminderBatchSummary.Json(batch),
            Error: failed.Count == 0 ? null : $"{failed.Count} of {reminders.Count} failed; first: {failed[0].Error}",
            CorrelationId: batch.CorrelationId,
            GraphRequestId: single?.GraphRequestId,
            ClientIp: batch.ClientIp);
        // AppendAsync saves the batch's counts with the entry: a batch is finished exactly when it is audited.
        await audit.AppendAsync(auditEvent, cancellationToken);
        logger.LogInformation("Reminder batch {BatchId} finished: {Sent} sent, {Failed} failed, {Skipped} skipped", batch.Id, sent, failed.Count, skipped);
        return batch;
    }

    private static async Task<T?> CachedAsync<T>(Dictionary<Guid, T?> cache, Guid key, Func<Guid, Task<T?>> load)
        where T : class
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = await load(key);
            cache[key] = value;
        }

        return value;
    }
}
