namespace MspConsole.Web.Features.Reminders;

public enum ReminderBatchState
{
    Queued,
    Running,
    Paused,
    Cancelling,
    Cancelled,
    Finished,
}
