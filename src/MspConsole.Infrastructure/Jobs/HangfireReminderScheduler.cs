using Hangfire;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Jobs;

internal sealed class HangfireReminderScheduler(IBackgroundJobClient jobs) : IReminderScheduler
{
    public string SendBatch(Guid batchId) => jobs.Enqueue<SendReminderBatchJob>(job => job.RunAsync(batchId, CancellationToken.None));
}
