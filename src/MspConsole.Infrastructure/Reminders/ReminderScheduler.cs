using Hangfire;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>Queues a batch's job; the web tier depends on this, not on Hangfire.</summary>
public interface IReminderScheduler
{
    string SendBatch(Guid batchId);
}

internal sealed class HangfireReminderScheduler(IBackgroundJobClient jobs) : IReminderScheduler
{
    public string SendBatch(Guid batchId) => jobs.Enqueue<SendReminderBatchJob>(job => job.RunAsync(batchId, CancellationToken.None));
}
