using System.Text.Json;
using MspConsole.Core.Reminders;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>The "after" of a send request's audit entry: which batch, for whom, and its counts.</summary>
public static class ReminderBatchSummary
{
    public static string Json(ReminderBatch batch) => JsonSerializer.Serialize(new
    {
        batch = batch.Id,
        kind = batch.Kind.ToString(),
        target = batch.Target.ToString(),
        total = batch.Total,
        sent = batch.Sent,
        failed = batch.Failed,
        skipped = batch.Skipped,
        cancelled = batch.IsCancelled,
    });
}
