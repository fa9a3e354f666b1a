using Hangfire;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Jobs;

internal sealed class HangfireReminderBatchLock(JobStorage storage) : IReminderBatchLock
{
    public IDisposable? TryAcquire(Guid batchId) => storage.TryAcquire($"mspconsole:reminders:batch:{batchId:N}", TimeSpan.Zero);
}
