using Hangfire;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>One worker per batch at a time, across instances (a lock in Hangfire's storage): Hangfire may start a job
/// twice (e.g. after a worker was presumed dead), and two workers on one batch would send its pending reminders twice.</summary>
public interface IReminderBatchLock
{
    /// <summary>The held lock, or null when another worker has the batch.</summary>
    IDisposable? TryAcquire(Guid batchId);
}

internal sealed class HangfireReminderBatchLock(JobStorage storage) : IReminderBatchLock
{
    public IDisposable? TryAcquire(Guid batchId) => storage.TryAcquire($"mspconsole:reminders:batch:{batchId:N}", TimeSpan.Zero);
}
