namespace MspConsole.Core.Reminders;

/// <summary>
/// Audit actions of the reminders feature. One entry per send request (whatever its size) or campaign run that
/// queued at least one reminder, with its counts; the per-user result is in the Reminder rows.
/// </summary>
public static class ReminderAuditActions
{
    /// <summary>A reminder to one user (the entry names the user).</summary>
    public const string SendReminder = "SendReminder";

    /// <summary>A selection, a tenant's or every tenant's non-compliant users.</summary>
    public const string SendReminders = "SendReminders";

    public const string CampaignRun = "ReminderCampaignRun";

    public const string EditReminderPolicy = "EditReminderPolicy";
}
