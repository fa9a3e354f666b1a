namespace MspConsole.Infrastructure.Reminders;

/// <summary>Queues a batch's job; the web tier depends on this, not on Hangfire.</summary>
public interface IReminderScheduler
{
    string SendBatch(Guid batchId);
}
