using Hangfire;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>Sends one batch of reminders (a bulk send request). Takes the batch id only; the processor is idempotent.</summary>
public sealed class SendReminderBatchJob(ReminderBatchProcessor processor)
{
    [Queue(JobQueues.Actions)]
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Send reminder batch {0}")]
    public Task RunAsync(Guid batchId, CancellationToken cancellationToken) => processor.ProcessAsync(batchId, cancellationToken);
}
