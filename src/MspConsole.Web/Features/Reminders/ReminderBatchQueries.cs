using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Reminders;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Reminders;

/// <summary>Send requests and their progress, read from the batch and its reminder rows.</summary>
public sealed class ReminderBatchQueries(MspConsoleDbContext db)
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

        var counts = await db.Reminders.AsNoTracking()
            .Where(reminder => reminder.BatchId == batchId)
            .GroupBy(reminder => reminder.Outcome)
            .Select(group => new { Outcome = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);
        int Count(ReminderOutcome? outcome) => counts.Where(c => c.Outcome == outcome).Sum(c => c.Count);
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
        return new ReminderBatchViewModel(
            ToSummary(batch, tenantName), Count(null), Count(ReminderOutcome.Sent), Count(ReminderOutcome.Failed), Count(ReminderOutcome.Skipped), rows);
    }

    public async Task<IReadOnlyList<ReminderBatchSummaryRow>> RecentAsync(CancellationToken cancellationToken)
    {
        var batches = await db.ReminderBatches.AsNoTracking()
            .OrderByDescending(batch => batch.CreatedAt)
            .Take(RecentBatches)
            .ToListAsync(cancellationToken);
        var tenantIds = batches.Where(b => b.TenantId != null).Select(b => b.TenantId!.Value).Distinct().ToList();
        var names = await db.Tenants.AsNoTracking().Where(t => tenantIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.DisplayName, cancellationToken);
        return [.. batches.Select(batch => ToSummary(batch, batch.TenantId is { } id ? names.GetValueOrDefault(id) : null))];
    }

    private static ReminderBatchSummaryRow ToSummary(ReminderBatch batch, string? tenantName) => new(
        batch.Id, batch.Kind, batch.Target, batch.TenantId, tenantName, batch.RequestedBy, batch.Reason, batch.CreatedAt, batch.StartedAt, batch.FinishedAt,
        batch.Total, batch.Sent, batch.Failed, batch.Skipped);
}

public sealed record ReminderBatchSummaryRow(
    Guid Id, ReminderBatchKind Kind, ReminderTarget Target, Guid? TenantId, string? TenantName, string RequestedBy, string? Reason,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, int Total, int Sent, int Failed, int Skipped)
{
    public bool IsFinished => FinishedAt is not null;
}

public sealed record BatchReminderRow(
    Guid TenantId, string UserObjectId, string DisplayName, string UserPrincipalName, ReminderOutcome? Outcome, string Language,
    string RecipientAddress, string SenderMailbox, DateTimeOffset? SentAt, string? Error);

public sealed record ReminderBatchViewModel(ReminderBatchSummaryRow Batch, int Pending, int Sent, int Failed, int Skipped, IReadOnlyList<BatchReminderRow> Rows)
{
    public int Total => Pending + Sent + Failed + Skipped;
}
