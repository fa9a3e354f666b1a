using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Audit;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>
/// Works through one batch: sends each pending reminder, then records the batch's counts and its one audit entry in the
/// same save. Idempotent: a rerun (Hangfire may run a job twice) only sends what is still pending, and a finished batch is
/// left alone. Before every mail (and again once its mailbox slot is free) it reads whether an operator paused or
/// cancelled the batch: paused, it stops and leaves the rest pending; cancelled, it skips the rest and finishes.
/// </summary>
public sealed class ReminderBatchProcessor(
    MspConsoleDbContext db,
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

        batch.Started(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        if (!await SendPendingAsync(batch, cancellationToken))
        {
            logger.LogInformation("Reminder batch {BatchId} paused: {Pending} reminders wait until it is resumed", batchId,
                await db.Reminders.CountAsync(reminder => reminder.BatchId == batchId && reminder.Outcome == null, cancellationToken));
            return batch;
        }

        return await FinishAsync(batchId, cancellationToken);
    }

    /// <summary>True while the batch may send; a cancelled batch's pending reminders are skipped here, set-based.</summary>
    private async Task<bool> MaySendAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var state = await db.ReminderBatches.AsNoTracking().Where(b => b.Id == batchId)
            .Select(b => new { b.PausedAt, b.CancelledAt }).SingleAsync(cancellationToken);
        if (state.CancelledAt is not null)
        {
            await db.Reminders.Where(reminder => reminder.BatchId == batchId && reminder.Outcome == null)
                .ExecuteUpdateAsync(set => set.SetProperty(reminder => reminder.Outcome, ReminderOutcome.Skipped)
                    .SetProperty(reminder => reminder.Error, ReminderReasons.Cancelled), cancellationToken);
            return false;
        }

        return state.PausedAt is null;
    }

    /// <returns>False when the batch was paused with reminders still pending.</returns>
    private async Task<bool> SendPendingAsync(ReminderBatch batch, CancellationToken cancellationToken)
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
                return true;
            }

            var users = await UsersOfAsync(pending, cancellationToken);
            foreach (var reminder in pending)
            {
                if (!await MaySendAsync(batch.Id, cancellationToken))
                {
                    return await IsCancelledAsync(batch.Id, cancellationToken);
                }

                var tenant = await CachedAsync(tenants, reminder.TenantId, id => db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken));
                var policy = await CachedAsync(policies, reminder.TenantId, id => db.ReminderPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.TenantId == id, cancellationToken));
                if (tenant is null)
                {
                    reminder.Skipped("The tenant is no longer in the console.");
                }
                else
                {
                    users.TryGetValue((reminder.TenantId, reminder.UserObjectId), out var user);
                    var campaignPolicy = batch.Kind == ReminderBatchKind.Campaign ? policy : null;
                    if (!await sender.SendAsync(reminder, tenant, user, policy, campaignPolicy, token => MaySendAsync(batch.Id, token), cancellationToken))
                    {
                        // Held while it waited for its mailbox slot: the reminder stays pending.
                        return await IsCancelledAsync(batch.Id, cancellationToken);
                    }
                }

                // Saved per reminder on purpose: a sent mail is on record before the next one goes, so a rerun never repeats it.
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }
    }

    private Task<bool> IsCancelledAsync(Guid batchId, CancellationToken cancellationToken) =>
        db.ReminderBatches.AsNoTracking().AnyAsync(b => b.Id == batchId && b.CancelledAt != null, cancellationToken);

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
        var requester = new AuditActor(batch.RequestedByObjectId, batch.RequestedBy, batch.RequestedByRole, batch.ClientIp, batch.CorrelationId);
        var action = batch.Kind == ReminderBatchKind.Campaign ? ReminderAuditActions.CampaignRun
            : single is not null ? ReminderAuditActions.SendReminder : ReminderAuditActions.SendReminders;
        var auditEvent = AuditEvent.ForUser(requester, time.GetUtcNow(), action, failed.Count > 0 ? AuditOutcome.Failed : AuditOutcome.Succeeded,
            batch.TenantId, single?.UserObjectId, targetUpn) with
        {
            Reason = batch.Reason,
            After = ReminderBatchSummary.Json(batch),
            Error = failed.Count == 0 ? null : $"{failed.Count} of {reminders.Count} failed; first: {failed[0].Error}",
            GraphRequestId = single?.GraphRequestId,
        };
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
