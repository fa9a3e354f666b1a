namespace MspConsole.Core.Reminders;

public enum ReminderOutcome
{
    Sent,
    Failed,
    /// <summary>The user registered meanwhile, or reached the maximum number of reminders.</summary>
    Skipped,
}
