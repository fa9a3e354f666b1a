namespace MspConsole.Infrastructure.Reminders;

/// <summary>One worker per batch at a time, across instances (a lock in Hangfire's storage): Hangfire may start a job
/// twice (e.g. after a worker was presumed dead), and two workers on one batch would send its pending reminders twice.</summary>
public interface IReminderBatchLock
{
    /// <summary>The held lock, or null when another worker has the batch.</summary>
    IDisposable? TryAcquire(Guid batchId);
}
