using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Reminders;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Features.Reminders;

/// <summary>
/// Send requests and their progress. Every count comes from the batch's reminder rows (one query, <see cref="CountsAsync"/>),
/// on the list and on the batch page alike: the batch's own totals are written only when it finishes, for its audit entry.
/// </summary>
public sealed class ReminderBatchQueries(MspConsoleDbContext db, ReminderPlanner planner, IOptions<ReminderOptions> options, TimeProvider time)
{
    private const int RecentBatches = 50;
    private const int RowsShown = 200;

    public async Task<ReminderBatchViewModel?> GetAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.ReminderBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var counts = (await CountsAsync([batchId], cancellationToken)).GetValueOrDefault(batchId, ReminderBatchCounts.None);
        var rows = await db.Reminders.AsNoTracking()
            .Where(reminder => reminder.BatchId == batchId)
            .OrderByDescending(reminder => reminder.Outcome == ReminderOutcome.Failed)
            .ThenBy(reminder => reminder.Id)
            .Take(RowsShown)
            .Join(db.TenantUsers, reminder => new { reminder.TenantId, ObjectId = reminder.UserObjectId }, user => new { user.TenantId, user.ObjectId },
                (reminder, user) => new BatchReminderRow(reminder.TenantId, reminder.UserObjectId, user.DisplayName, user.UserPrincipalName,
                    reminder.Outcome, reminder.Language, reminder.RecipientAddress, reminder.SenderMailbox, reminder.SentAt, reminder.Error))
            .ToListAsync(cancellationToken);
        var tenantName = batch.TenantId is { } tenantId
            ? await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new ReminderBatchViewModel(ToSummary(batch, tenantName, counts), await EstimatedFinishAsync(batch, counts, cancellationToken), rows);
    }

    public async Task<IReadOnlyList<ReminderBatchSummaryRow>> RecentAsync(CancellationToken cancellationToken)
    {
        var batches = await db.ReminderBatches.AsNoTracking()
            .OrderByDescending(batch => batch.CreatedAt)
            .Take(RecentBatches)
            .ToListAsync(cancellationToken);
        var tenantIds = batches.Select(b => b.TenantId).OfType<Guid>().Distinct().ToList();
        var names = await db.Tenants.AsNoTracking().Where(t => tenantIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.DisplayName, cancellationToken);
        var counts = await CountsAsync([.. batches.Select(batch => batch.Id)], cancellationToken);
        return [.. batches.Select(batch => ToSummary(batch, batch.TenantId is { } id ? names.GetValueOrDefault(id) : null, counts.GetValueOrDefault(batch.Id, ReminderBatchCounts.None)))];
    }

    /// <summary>The one source of every count shown: the reminder rows of each batch by outcome.</summary>
    private async Task<Dictionary<Guid, ReminderBatchCounts>> CountsAsync(IReadOnlyCollection<Guid> batchIds, CancellationToken cancellationToken)
    {
        var groups = await db.Reminders.AsNoTracking()
            .Where(reminder => reminder.BatchId != null && batchIds.Contains(reminder.BatchId.Value))
            .GroupBy(reminder => new { reminder.BatchId, reminder.Outcome })
            .Select(group => new { group.Key.BatchId, group.Key.Outcome, Count = group.Count() })
            .ToListAsync(cancellationToken);
        // ! : the query kept only reminders with a batch.
        return groups.GroupBy(group => group.BatchId!.Value).ToDictionary(batch => batch.Key, batch =>
        {
            int Count(ReminderOutcome? outcome) => batch.Where(group => group.Outcome == outcome).Sum(group => group.Count);
            return new ReminderBatchCounts(Count(null), Count(ReminderOutcome.Sent), Count(ReminderOutcome.Failed), Count(ReminderOutcome.Skipped));
        });
    }

    /// <summary>When the last pending mail leaves, each sender mailbox at its limit; none while paused or done.</summary>
    private async Task<DateTimeOffset?> EstimatedFinishAsync(ReminderBatch batch, ReminderBatchCounts counts, CancellationToken cancellationToken)
    {
        if (counts.Pending == 0 || batch.IsPaused || batch.IsCancelled)
        {
            return null;
        }

        var pendingPerTenant = await db.Reminders.AsNoTracking()
            .Where(reminder => reminder.BatchId == batch.Id && reminder.Outcome == null)
            .GroupBy(reminder => reminder.TenantId)
            .Select(group => new { TenantId = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        var senders = await planner.SendersAsync([.. pendingPerTenant.Select(tenant => tenant.TenantId)], cancellationToken);
        var now = time.GetUtcNow();
        return pendingPerTenant
            .GroupBy(tenant => senders[tenant.TenantId].Mailbox, StringComparer.OrdinalIgnoreCase)
            .Max(mailbox => ReminderPlanMailbox.FinishOf(mailbox.Sum(tenant => tenant.Count), options.Value.MessagesPerMinutePerMailbox, now));
    }

    private static ReminderBatchSummaryRow ToSummary(ReminderBatch batch, string? tenantName, ReminderBatchCounts counts) => new(
        batch.Id, batch.Kind, batch.Target, batch.TenantId, tenantName, batch.RequestedBy, batch.Reason, batch.CreatedAt, batch.StartedAt, batch.FinishedAt,
        batch.PausedAt, batch.CancelledAt, counts);
}
